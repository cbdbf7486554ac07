import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, runToExit, startServer } from './node-server.ts';

let server: RunningServer;
let locked: RunningServer;

beforeAll(async () => {
  [server, locked] = await Promise.all([
    startServer({ CORS_ORIGINS: 'https://intake.example' }),
    // With a trailing newline, as a token read from a secret file often has: it is trimmed.
    startServer({ API_TOKEN: 'e2e-token\n' }),
  ]);
});

afterAll(async () => {
  await Promise.all([server?.stop(), locked?.stop()]);
});

const post = (base: string, path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  });

/**
 * Retries a request that lost its answer to a reset: a server that answers 413 mid-upload and
 * closes may have its answer discarded by TCP while the client is still sending (an HTTP race,
 * not a server fault). The answer itself is asserted by the caller.
 */
async function withRetries<T>(send: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reset =
        code === 'ECONNRESET' || code === 'EPIPE' || /socket hang up/.test(String(error));
      if (!reset || attempt >= attempts) throw error;
    }
  }
}

/** A raw HTTP/1.1 request with a chunked body, so no Content-Length is sent. */
function postChunked(
  base: string,
  path: string,
  chunks: string[],
): Promise<{ status: number; body: string }> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
        // A fresh connection each time: a kept-alive socket the server closed after a 413
        // would fail the next request with "socket hang up".
        agent: false,
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => {
          body += chunk.toString();
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.on('response', (res) => res.on('error', reject));
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('the Node server on a loopback port', () => {
  it('listens on 127.0.0.1 and answers /healthz and /openapi.json', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(health.headers.get('X-Request-Id')).toBeTruthy();
    const doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as { openapi: string };
    expect(doc.openapi).toBe('3.1.0');
  });

  it('classifies over real HTTP with Server-Timing', async () => {
    const res = await post(
      server.url,
      '/v1/classify',
      JSON.stringify({ text: 'Cartoon ads to kids; the parents pay.' }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('Server-Timing')).toMatch(/^classify;dur=/);
    expect(((await res.json()) as { orientation: string }).orientation).toBe('consumer');
  });

  it('classifies a batch with an error in place', async () => {
    const res = await post(
      server.url,
      '/v1/classify/batch',
      JSON.stringify({ items: [{ id: 'a', text: 'renewals' }, { id: 'b' }] }),
    );
    const body = (await res.json()) as { results: { id: string; ok: boolean }[] };
    expect(body.results.map((r) => [r.id, r.ok])).toEqual([
      ['a', true],
      ['b', false],
    ]);
  });

  it('answers problems for bad input over the wire', async () => {
    const malformed = await post(server.url, '/v1/classify', '{"text":');
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('Content-Type')).toBe('application/problem+json');
    const wrongType = await post(server.url, '/v1/classify', 'text=hi', {
      'Content-Type': 'text/plain',
    });
    expect(wrongType.status).toBe(415);
    const gzip = await post(server.url, '/v1/classify', '{"text":"a"}', {
      'Content-Encoding': 'gzip',
    });
    expect(gzip.status).toBe(415);
    expect(gzip.headers.get('Accept-Encoding')).toBe('identity');
    const method = await fetch(`${server.url}/v1/classify`);
    expect(method.status).toBe(405);
    expect(method.headers.get('Allow')).toBe('POST');
  });

  it('answers a problem to a request the HTTP parser refuses before the app sees it', async () => {
    /** Sends `raw` over a fresh connection and reads the whole answer. */
    const rawRequest = (raw: string) =>
      new Promise<string>((resolve, reject) => {
        const url = new URL(server.url);
        const socket = connect(Number(url.port), url.hostname, () => socket.write(raw));
        let answer = '';
        socket.on('data', (chunk) => {
          answer += String(chunk);
        });
        socket.on('end', () => resolve(answer));
        socket.on('error', reject);
      });
    const backslash = await rawRequest('GET /v1/definitions/a\\b HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(backslash).toMatch(/^HTTP\/1\.1 400 /);
    expect(backslash).toContain('Content-Type: application/problem+json');
    expect(backslash).toContain('"type":"urn:marketlens:problem:bad-request"');
    const big = await rawRequest(
      `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expect(big).toMatch(/^HTTP\/1\.1 431 /);
    expect(big).toContain('"type":"urn:marketlens:problem:headers-too-large"');
  });

  it('answers 413 for an oversized body, with Content-Length or chunked', async () => {
    const huge = JSON.stringify({ text: 'x'.repeat(1_100_000) });
    const declared = await withRetries(() => post(server.url, '/v1/classify', huge));
    expect(declared.status).toBe(413);
    const chunk = 'x'.repeat(64 * 1024);
    const chunked = await withRetries(() =>
      postChunked(server.url, '/v1/classify', ['{"text":"', ...Array(20).fill(chunk), '"}']),
    );
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.body)).toMatchObject({
      type: 'urn:marketlens:problem:payload-too-large',
    });
    const fine = await withRetries(() =>
      postChunked(server.url, '/v1/classify', ['{"text":', '"renewals"}']),
    );
    expect(fine.status).toBe(200);
  });

  it('reads CORS_ORIGINS from the environment', async () => {
    const res = await fetch(`${server.url}/healthz`, {
      headers: { Origin: 'https://intake.example' },
    });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('https://intake.example');
    const plain = await fetch(`${server.url}/v1/classify`, { method: 'OPTIONS' });
    expect(plain.status).toBe(204);
    expect(plain.headers.get('Allow')).toBe('POST');
    expect(plain.headers.get('Content-Type')).toBeNull();
    const nowhere = await fetch(`${server.url}/nope`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://intake.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(nowhere.status).toBe(404);
  });

  it('reads CORS_ORIGINS as an operator writes it, and names an unusable entry once', async () => {
    const messy = await startServer({ CORS_ORIGINS: 'https://Intake.example/, intake.example' });
    try {
      for (let i = 0; i < 2; i++) {
        const res = await fetch(`${messy.url}/healthz`, {
          headers: { Origin: 'https://intake.example' },
        });
        expect(res.headers.get('Access-Control-Allow-Origin')).toBe('https://intake.example');
      }
      const warning = 'CORS origin "intake.example" is ignored: it has no scheme';
      await expect.poll(() => messy.output()).toContain(warning);
      expect(messy.output().split(warning)).toHaveLength(2);
    } finally {
      await messy.stop();
    }
  });

  it('requires API_TOKEN when it is set', async () => {
    const body = JSON.stringify({ text: 'renewals' });
    expect((await post(locked.url, '/v1/classify', body)).status).toBe(401);
    expect(
      (await post(locked.url, '/v1/classify', body, { Authorization: 'Bearer nope' })).status,
    ).toBe(401);
    expect(
      (await post(locked.url, '/v1/classify', body, { Authorization: 'Bearer e2e-token' })).status,
    ).toBe(200);
    expect((await fetch(`${locked.url}/healthz`)).status).toBe(200);
  });
});

describe('the Node entry’s lifecycle', () => {
  it('shuts down gracefully on SIGTERM and SIGINT, even with a keep-alive connection open', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const instance = await startServer();
      const res = await fetch(`${instance.url}/healthz`, { headers: { Connection: 'keep-alive' } });
      expect(res.status).toBe(200);
      await res.text();
      const code = await instance.stop(signal);
      expect(code, signal).toBe(0);
      expect(instance.output()).toContain(`${signal}, closing`);
    }
  });

  it('refuses an invalid PORT and a port already in use', async () => {
    const invalid = await runToExit({ PORT: 'eighty' });
    expect(invalid.code).toBe(2);
    expect(invalid.output).toContain('PORT must be an integer');
    const port = new URL(server.url).port;
    const busy = await runToExit({ PORT: port });
    expect(busy.code).toBe(1);
    expect(busy.output).toContain('cannot listen');
  });

  it('refuses an API_TOKEN with whitespace inside', async () => {
    const spaced = await runToExit({ API_TOKEN: 'two words', PORT: '0' });
    expect(spaced.code).toBe(2);
    expect(spaced.output).toContain('API_TOKEN is unusable');
  });
});
