import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';

const TOKEN = 'probe-token';
// Small limits so a probe can pass them; a token so 401 is reachable.
const app = createApp({
  token: TOKEN,
  corsOrigins: '*',
  limits: { bodyBytes: 256, batchBytes: 256, batchItems: 2 },
});
const AUTH = { Authorization: `Bearer ${TOKEN}` };

interface DocResponse {
  headers?: Record<string, { required?: boolean; schema?: unknown }>;
}
interface Doc {
  paths: Record<string, Record<string, { responses: Record<string, DocResponse> }>>;
}

/** Headers whose presence on an answer the document must account for. */
const WATCHED = [
  'Allow',
  'WWW-Authenticate',
  'Accept-Post',
  'Accept-Encoding',
  'X-Request-Id',
  'Server-Timing',
];

const VALID_BODIES: Record<string, string> = {
  '/v1/classify': '{"text":"renewals"}',
  '/v1/classify/batch': '{"items":[{"text":"renewals"}]}',
  '/v1/assess': '{"scope":"customer"}',
};

/** Requests meant to draw out every answer a route can give a client. */
function probes(path: string, method: string): [string, string, RequestInit][] {
  const url = path.replace('{term}', 'customer-market');
  const upper = method.toUpperCase();
  const list: [string, string, RequestInit][] = [
    ['ok', url, { method: upper, headers: AUTH }],
    ['wrong method', url, { method: 'PUT', headers: AUTH }],
    ['wrong method', url, { method: upper === 'GET' ? 'POST' : 'GET', headers: AUTH }],
  ];
  if (path.startsWith('/v1/')) {
    list.push(['no token', url, { method: upper }]);
    list.push(['wrong token', url, { method: upper, headers: { Authorization: 'Bearer no' } }]);
  }
  if (path.includes('{term}')) {
    list.push(['unknown term', path.replace('{term}', 'nope'), { headers: AUTH }]);
  }
  if (upper === 'GET') list.push(['head', url, { method: 'HEAD', headers: AUTH }]);
  if (upper === 'POST') {
    const post = (headers: Record<string, string>, body: RequestInit['body']): RequestInit => ({
      method: 'POST',
      headers: { ...AUTH, 'Content-Type': 'application/json', ...headers },
      body,
    });
    const valid = VALID_BODIES[path] ?? '{}';
    list[0] = ['ok', url, post({}, valid)];
    list.push(
      ['malformed', url, post({}, '{')],
      ['schema', url, post({}, '{"zzz":1}')],
      ['too large', url, post({}, `{"text":"${'x'.repeat(300)}"}`)],
      ['text/plain', url, post({ 'Content-Type': 'text/plain' }, valid)],
      ['latin-1', url, post({ 'Content-Type': 'application/json; charset=latin1' }, valid)],
      ['gzip', url, post({ 'Content-Encoding': 'gzip' }, valid)],
    );
  }
  return list;
}

describe('the OpenAPI document against the app', () => {
  it('lists every status each route answers, with the headers it sends', async () => {
    const doc = (await (await app.request('/openapi.json')).json()) as Doc;
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
    );
    expect(operations.length).toBeGreaterThanOrEqual(10);
    for (const { path, method, operation } of operations) {
      const seen = new Set<string>();
      for (const [name, url, init] of probes(path, method)) {
        const res = await app.request(url, init);
        const status = String(res.status);
        const where = `${method} ${path} (${name}) -> ${status}`;
        seen.add(status);
        const documented = operation.responses[status];
        expect(documented, where).toBeDefined();
        const names = Object.keys(documented?.headers ?? {}).map((h) => h.toLowerCase());
        for (const header of WATCHED) {
          if (res.headers.has(header))
            expect(names, `${where} ${header}`).toContain(header.toLowerCase());
        }
        for (const [header, spec] of Object.entries(documented?.headers ?? {})) {
          if (spec.required) expect(res.headers.has(header), `${where} ${header}`).toBe(true);
        }
      }
      // The other way round: every documented error is one a client can draw out (500 aside).
      for (const status of Object.keys(operation.responses)) {
        if (status !== '500')
          expect(seen, `${method} ${path} documents ${status}`).toContain(status);
      }
    }
  });

  it('documents 405 with Allow on every route', async () => {
    const doc = (await (await createApp().request('/openapi.json')).json()) as Doc;
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const allow = operation.responses['405']?.headers?.Allow;
        expect(allow, `${method} ${path}`).toMatchObject({ required: true });
      }
    }
  });
});
