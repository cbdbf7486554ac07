import { describe, expect, it } from 'vitest';
import { expectProblem, postJson } from '../../test/helpers.ts';
import { createApp } from '../app.ts';

const app = createApp({ token: 's3cret-token' });
const body = { text: 'Loyalty programme for resellers' };

describe('bearer auth', () => {
  it('answers 401 with a challenge when the token is missing', async () => {
    const res = await postJson(app, '/v1/classify', body);
    const problem = await expectProblem(res, 'unauthorized');
    expect(res.headers.get('WWW-Authenticate')).toBe('Bearer realm="marketlens"');
    expect(problem.detail).toContain('Authorization: Bearer');
  });

  it('answers 401 for a wrong token or a malformed header', async () => {
    const headers = [
      'Bearer wrong',
      'Bearer s3cret-token-and-more',
      'Bearer s3cret-toke',
      'Basic czNjcmV0LXRva2Vu',
      's3cret-token',
      'Bearer',
      'Bearer s3cret-token extra',
    ];
    for (const authorization of headers) {
      const res = await postJson(app, '/v1/classify', body, { Authorization: authorization });
      await expectProblem(res, 'unauthorized');
      expect(res.headers.get('WWW-Authenticate'), authorization).toContain('invalid_token');
    }
  });

  it('lets the right token through, whatever the scheme’s case', async () => {
    for (const scheme of ['Bearer', 'bearer', 'BEARER']) {
      const res = await postJson(app, '/v1/classify', body, {
        Authorization: `${scheme} s3cret-token`,
      });
      expect(res.status, scheme).toBe(200);
    }
    const get = await app.request('/v1/dimensions', {
      headers: { Authorization: 'Bearer s3cret-token' },
    });
    expect(get.status).toBe(200);
  });

  it('checks the token before reading the body', async () => {
    const res = await postJson(app, '/v1/classify', '{not json');
    await expectProblem(res, 'unauthorized');
  });

  it('guards every /v1 path, even unknown ones, and leaves docs and health open', async () => {
    await expectProblem(await app.request('/v1/definitions'), 'unauthorized');
    await expectProblem(await app.request('/v1/unknown'), 'unauthorized');
    for (const path of ['/healthz', '/openapi.json', '/docs']) {
      expect((await app.request(path)).status, path).toBe(200);
    }
  });

  it('treats an empty or blank token as no auth', async () => {
    for (const token of ['', '   ', '\n', ' \t\r\n ']) {
      const open = createApp({ token });
      expect((await open.request('/v1/dimensions')).status, JSON.stringify(token)).toBe(200);
    }
  });

  it('ignores whitespace around the configured token (a secret file’s trailing newline)', async () => {
    for (const token of ['s3cret-token\n', '  s3cret-token', '\ts3cret-token\r\n']) {
      const padded = createApp({ token });
      const res = await postJson(padded, '/v1/classify', body, {
        Authorization: 'Bearer s3cret-token',
      });
      expect(res.status, JSON.stringify(token)).toBe(200);
      const wrong = await postJson(padded, '/v1/classify', body, {
        Authorization: 'Bearer s3cret',
      });
      await expectProblem(wrong, 'unauthorized');
    }
  });

  it('refuses a token with whitespace inside, which no bearer header could carry', () => {
    expect(() => createApp({ token: 's3cret token' })).toThrow(/whitespace/);
    expect(() => createApp({ token: 'a\nb' })).toThrow(RangeError);
  });
});
