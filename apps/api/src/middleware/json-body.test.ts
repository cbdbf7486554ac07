import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { jsonBody } from './json-body.ts';

// A minimal app: the middleware in front of a handler that echoes what the validator would see.
const app = new Hono().post('/echo', jsonBody(16), async (c) =>
  c.json({ value: await c.req.json() }),
);

const send = (
  body: string | Uint8Array,
  headers: Record<string, string> = { 'Content-Type': 'application/json' },
) => app.request('/echo', { method: 'POST', headers, body });

describe('jsonBody', () => {
  it('hands the parsed value on', async () => {
    const res = await send('{"a":[1,2]}');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ value: { a: [1, 2] } });
  });

  it('accepts exactly the limit and refuses one byte more', async () => {
    expect((await send(`"${'x'.repeat(14)}"`)).status).toBe(200); // 16 bytes
    expect((await send(`"${'x'.repeat(15)}"`)).status).toBe(413); // 17 bytes
  });

  it('counts bytes, not characters', async () => {
    expect((await send(`"${'é'.repeat(7)}"`)).status).toBe(200); // 16 bytes
    expect((await send(`"${'é'.repeat(8)}"`)).status).toBe(413); // 18 bytes, 10 characters
  });

  it('ignores a nonsense Content-Length and counts the real body', async () => {
    for (const length of ['abc', '-1', '']) {
      const small = await send('[1]', {
        'Content-Type': 'application/json',
        'Content-Length': length,
      });
      expect(small.status, length).toBe(200);
    }
  });

  it('strips a UTF-8 byte order mark and refuses invalid UTF-8', async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, 0x5b, 0x31, 0x5d]);
    expect(await (await send(bom)).json()).toEqual({ value: [1] });
    expect((await send(new Uint8Array([0x22, 0xc3, 0x28, 0x22]))).status).toBe(400);
  });

  it('accepts JSON media types with parameters and refuses look-alikes', async () => {
    for (const type of [
      'application/json',
      'Application/JSON',
      'application/json;charset=UTF-8',
      'application/json ; charset="utf-8"',
      'application/json; charset=utf8',
      'application/json; charset=UTF8',
      'application/json; charset=unicode-1-1-utf-8',
      'application/json;',
      'application/ld+json',
      'application/vnd.api.v2+json',
    ]) {
      expect((await send('1', { 'Content-Type': type })).status, type).toBe(200);
    }
    for (const type of [
      'application/jsonp',
      'text/json',
      'application/json; charset',
      'application/json; charset=latin1',
      'application/json; charset="UTF-16"',
      'application/json; charset=utf-8x',
      'application/json; charset=utf_8',
      'application/+json',
      'application/x|y+json',
      'json',
      '*/*',
    ]) {
      expect((await send('1', { 'Content-Type': type })).status, type).toBe(415);
    }
  });

  it('shows later checks plain application/json once a Content-Type is accepted', async () => {
    const seen = new Hono().post('/seen', jsonBody(16), (c) =>
      c.json({ type: c.req.header('content-type'), other: c.req.header('X-Other') }),
    );
    const res = await seen.request('/seen', {
      method: 'POST',
      headers: { 'Content-Type': 'Application/LD+JSON ; charset="utf-8"', 'X-Other': 'kept' },
      body: '1',
    });
    expect(await res.json()).toEqual({ type: 'application/json', other: 'kept' });
  });
});
