import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';

// vitest.config.ts binds API_TOKEN = 'workerd-test-token' and CORS_ORIGINS = 'https://intake.example'.
const AUTH = { Authorization: 'Bearer workerd-test-token' };
const BASE = 'https://api.test';

const post = (path: string, body: BodyInit, headers: Record<string, string> = {}) =>
  SELF.fetch(`${BASE}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...AUTH, ...headers },
    body,
  });

async function problem(res: Response, status: number, kind: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('Content-Type')).toBe('application/problem+json');
  const body = (await res.json()) as { type: string; status: number; requestId: string };
  expect(body).toMatchObject({ type: `urn:marketlens:problem:${kind}`, status });
  expect(body.requestId).toBe(res.headers.get('X-Request-Id'));
  return body;
}

describe('the Worker in workerd', () => {
  it('answers /healthz, /openapi.json and /docs without a token', async () => {
    const health = await SELF.fetch(`${BASE}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    const doc = (await (await SELF.fetch(`${BASE}/openapi.json`)).json()) as {
      openapi: string;
      paths: object;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/v1/classify/batch');
    const docs = await SELF.fetch(`${BASE}/docs`);
    expect(docs.headers.get('Content-Type')).toMatch(/^text\/html/);
  });

  it('reads API_TOKEN from the bindings: 401 without it, 200 with it', async () => {
    const body = JSON.stringify({ text: 'Cartoon ads to kids; the parents pay.' });
    await problem(await post('/v1/classify', body, { Authorization: '' }), 401, 'unauthorized');
    await problem(
      await post('/v1/classify', body, { Authorization: 'Bearer nope' }),
      401,
      'unauthorized',
    );
    const res = await post('/v1/classify', body);
    expect(res.status).toBe(200);
    expect(res.headers.get('Server-Timing')).toMatch(/^classify;dur=/);
    expect(((await res.json()) as { orientation: string }).orientation).toBe('consumer');
  });

  it('reads CORS_ORIGINS from the bindings', async () => {
    const res = await SELF.fetch(`${BASE}/healthz`, {
      headers: { Origin: 'https://intake.example' },
    });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('https://intake.example');
    const other = await SELF.fetch(`${BASE}/healthz`, {
      headers: { Origin: 'https://evil.example' },
    });
    expect(other.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('classifies a batch and assesses answers', async () => {
    const batch = await post(
      '/v1/classify/batch',
      JSON.stringify({ items: [{ id: 1, text: 'renewals' }, {}] }),
    );
    const body = (await batch.json()) as { results: { id: number | null; ok: boolean }[] };
    expect(body.results.map((r) => r.ok)).toEqual([true, false]);
    const assess = await post('/v1/assess', JSON.stringify({ audience: 'customer' }));
    expect(assess.status).toBe(200);
  });

  it('answers the same problems as on Node', async () => {
    await problem(await post('/v1/classify', '{oops'), 400, 'invalid-json');
    await problem(
      await post('/v1/classify', JSON.stringify({ text: 1 })),
      400,
      'validation-failed',
    );
    await problem(
      await post('/v1/classify', 'hi', { 'Content-Type': 'text/plain' }),
      415,
      'unsupported-media-type',
    );
    const gzip = await post('/v1/classify', '{"text":"a"}', { 'Content-Encoding': 'gzip' });
    await problem(gzip, 415, 'unsupported-media-type');
    expect(gzip.headers.get('Accept-Encoding')).toBe('identity');
    await problem(
      await post('/v1/classify', JSON.stringify({ text: 'x'.repeat(1_100_000) })),
      413,
      'payload-too-large',
    );
    await problem(
      await SELF.fetch(`${BASE}/v1/definitions/nope`, { headers: AUTH }),
      404,
      'not-found',
    );
    const wrong = await SELF.fetch(`${BASE}/v1/compare`, { method: 'DELETE', headers: AUTH });
    await problem(wrong, 405, 'method-not-allowed');
    expect(wrong.headers.get('Allow')).toBe('GET, HEAD');
  });

  it('answers 413 for a streamed body past the limit', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 20) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await SELF.fetch(`${BASE}/v1/classify`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...AUTH },
      body: stream,
    });
    await problem(res, 413, 'payload-too-large');
  });
});
