import { describe, expect, it } from 'vitest';
import { expectProblem, postJson } from '../test/helpers.ts';
import { createApp } from './app.ts';

const app = createApp();

type Operation = {
  requestBody?: { content: Record<string, unknown> };
  responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>;
};

describe('GET /healthz', () => {
  it('answers ok with the service and version', async () => {
    const res = await app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', service: 'marketlens-api', version: '0.1.0' });
  });
});

describe('GET /openapi.json', () => {
  it('is OpenAPI 3.1 and documents every route, request body and error', async () => {
    const res = await app.request('/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, Record<string, Operation>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/docs',
      '/healthz',
      '/openapi.json',
      '/v1/assess',
      '/v1/classify',
      '/v1/classify/batch',
      '/v1/compare',
      '/v1/definitions',
      '/v1/definitions/{term}',
      '/v1/dimensions',
    ]);
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const where = `${method} ${path}`;
        expect(operation.responses['500'], where).toBeDefined();
        for (const [status, response] of Object.entries(operation.responses)) {
          if (Number(status) < 400) continue;
          const schema = response.content?.['application/problem+json']?.schema;
          expect(schema?.$ref, `${where} ${status}`).toBe('#/components/schemas/Problem');
        }
        if (method === 'post') {
          expect(operation.requestBody?.content['application/json'], where).toBeDefined();
          for (const status of ['400', '413', '415']) {
            expect(operation.responses[status], `${where} ${status}`).toBeDefined();
          }
        }
      }
    }
    expect(doc.paths['/v1/definitions/{term}']?.get?.responses['404']).toBeDefined();
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['Problem', 'FieldError', 'Classification', 'BatchItem', 'Answers']),
    );
  });

  it('declares bearer auth only when a token is configured', async () => {
    const open = (await (await app.request('/openapi.json')).json()) as Record<string, never>;
    expect(JSON.stringify(open)).not.toContain('bearerAuth');
    const locked = createApp({ token: 't' });
    const doc = (await (await locked.request('/openapi.json')).json()) as {
      components: { securitySchemes: Record<string, unknown> };
      paths: Record<string, Record<string, { security?: unknown }>>;
    };
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ scheme: 'bearer' });
    expect(doc.paths['/v1/classify']?.post?.security).toEqual([{ bearerAuth: [] }]);
    expect(doc.paths['/healthz']?.get?.security).toBeUndefined();
  });
});

describe('GET /docs', () => {
  it('serves the Scalar reference pointing at /openapi.json, with a CSP that allows it', async () => {
    const res = await app.request('/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('/openapi.json');
    expect(html).toContain('Marketlens API');
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain('https://cdn.jsdelivr.net');
    expect(csp).toContain("frame-ancestors 'none'");
  });
});

describe('errors and headers on every response', () => {
  it('answers 404 problems for unknown paths', async () => {
    for (const path of [
      '/',
      '/v2/classify',
      '/v1/classify/',
      '/v1/definitions/a/b',
      '/%2e%2e/etc',
    ]) {
      await expectProblem(await app.request(path), 'not-found');
    }
  });

  it('answers 405 with Allow for a known path under another method', async () => {
    const cases: [string, string, string][] = [
      ['GET', '/v1/classify', 'POST'],
      ['PUT', '/v1/classify/batch', 'POST'],
      ['DELETE', '/v1/definitions', 'GET, HEAD'],
      ['POST', '/v1/definitions/customer-market', 'GET, HEAD'],
      ['PATCH', '/healthz', 'GET, HEAD'],
    ];
    for (const [method, path, allow] of cases) {
      const res = await app.request(path, { method });
      const problem = await expectProblem(res, 'method-not-allowed');
      expect(res.headers.get('Allow'), `${method} ${path}`).toBe(allow);
      expect(problem.allow).toEqual(allow.split(', '));
    }
  });

  it('answers OPTIONS on a known path with 204 and Allow, on an unknown one with 404', async () => {
    const known = await app.request('/v1/classify', { method: 'OPTIONS' });
    expect(known.status).toBe(204);
    expect(known.headers.get('Allow')).toBe('POST');
    expect(known.headers.get('X-Request-Id')).toBeTruthy();
    expect(known.headers.get('Content-Type')).toBeNull();
    expect(known.headers.get('Content-Length')).toBeNull();
    expect(await known.text()).toBe('');
    await expectProblem(await app.request('/v1/nothing', { method: 'OPTIONS' }), 'not-found');
  });

  it('answers HEAD like GET, without a body', async () => {
    const res = await app.request('/v1/dimensions', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });

  it('sets a request id: a fresh UUID, or the caller’s when it is safe', async () => {
    const fresh = await app.request('/healthz');
    expect(fresh.headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
    const echoed = await app.request('/healthz', { headers: { 'X-Request-Id': 'crm-42_a=b' } });
    expect(echoed.headers.get('X-Request-Id')).toBe('crm-42_a=b');
    const unsafe = await app.request('/healthz', { headers: { 'X-Request-Id': 'a b<script>' } });
    expect(unsafe.headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
    const problem = await expectProblem(
      await app.request('/nowhere', { headers: { 'X-Request-Id': 'trace-1' } }),
      'not-found',
    );
    expect(problem.requestId).toBe('trace-1');
  });

  it('sets secure headers and a deny-all CSP on API answers, errors included', async () => {
    for (const res of [
      await app.request('/v1/compare'),
      await postJson(app, '/v1/classify', '{'),
    ]) {
      expect(res.headers.get('Content-Security-Policy')).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      );
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(res.headers.get('X-Frame-Options')).toBe('DENY');
      expect(res.headers.get('Strict-Transport-Security')).toMatch(/max-age=\d+/);
      expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
    }
  });
});

describe('CORS', () => {
  it('sends no CORS headers unless origins are configured', async () => {
    const res = await app.request('/v1/compare', { headers: { Origin: 'https://a.example' } });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('allows only the configured origins, preflight included', async () => {
    const cors = createApp({ corsOrigins: ['https://intake.example'], token: 'secret' });
    const preflight = await cors.request('/v1/classify', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://intake.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe('https://intake.example');
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toMatch(/Authorization/);
    expect(preflight.headers.get('Vary')).toContain('Origin');
    // A preflight from another origin is told nothing it may do.
    const refused = await cors.request('/v1/classify', {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(refused.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect(refused.headers.get('Access-Control-Allow-Methods')).toBeNull();
    const other = await cors.request('/healthz', { headers: { Origin: 'https://evil.example' } });
    expect(other.headers.get('Access-Control-Allow-Origin')).toBeNull();
    const allowed = await cors.request('/healthz', {
      headers: { Origin: 'https://intake.example' },
    });
    expect(allowed.headers.get('Access-Control-Expose-Headers')).toContain('X-Request-Id');
  });

  it('answers a plain OPTIONS as without CORS: 204 with Allow on a known path, else 404', async () => {
    for (const corsOrigins of ['*', ['https://intake.example']] as const) {
      const cors = createApp({ corsOrigins, token: 'secret' });
      const known = await cors.request('/v1/classify', { method: 'OPTIONS' });
      expect(known.status).toBe(204);
      expect(known.headers.get('Allow')).toBe('POST');
      expect(known.headers.get('Content-Type')).toBeNull();
      expect(known.headers.get('Access-Control-Allow-Methods')).toBeNull();
      await expectProblem(await cors.request('/nope', { method: 'OPTIONS' }), 'not-found');
      // Origin alone is not a preflight: it is the actual OPTIONS request that follows one.
      const actual = await cors.request('/healthz', {
        method: 'OPTIONS',
        headers: { Origin: 'https://intake.example' },
      });
      expect(actual.status).toBe(204);
      expect(actual.headers.get('Allow')).toBe('GET, HEAD');
      expect(actual.headers.get('Access-Control-Allow-Origin')).toBe(
        corsOrigins === '*' ? '*' : 'https://intake.example',
      );
      expect(actual.headers.get('Access-Control-Expose-Headers')).toContain('X-Request-Id');
      expect(actual.headers.get('Access-Control-Allow-Methods')).toBeNull();
    }
  });

  it('answers a preflight for an unknown path with 404', async () => {
    const cors = createApp({ corsOrigins: '*' });
    const res = await cors.request('/nope', {
      method: 'OPTIONS',
      headers: { Origin: 'https://x.example', 'Access-Control-Request-Method': 'POST' },
    });
    await expectProblem(res, 'not-found');
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Access-Control-Allow-Methods')).toBeNull();
  });

  it('answers a preflight for a known path with 204, the CORS headers and Allow', async () => {
    const cors = createApp({ corsOrigins: ['https://intake.example'] });
    const res = await cors.request('/v1/definitions/customer-market', {
      method: 'OPTIONS',
      headers: { Origin: 'https://intake.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('Content-Type')).toBeNull();
    expect(res.headers.get('Allow')).toBe('GET, HEAD');
    expect(res.headers.get('Access-Control-Allow-Methods')).toBe('GET,HEAD,POST,OPTIONS');
    expect(res.headers.get('Access-Control-Max-Age')).toBe('600');
    expect(res.headers.get('Vary')).toContain('Origin');
    expect(res.headers.get('X-Request-Id')).toBeTruthy();
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('allows any origin with "*"', async () => {
    const any = createApp({ corsOrigins: '*' });
    const res = await any.request('/healthz', { headers: { Origin: 'https://x.example' } });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });
});
