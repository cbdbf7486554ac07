import { MAX_TEXT_LENGTH } from '@marketlens/core';
import { ClassificationSchema } from '@marketlens/core/schemas';
import { describe, expect, it } from 'vitest';
import { expectProblem, postJson } from '../../test/helpers.ts';
import { createApp } from '../app.ts';

const app = createApp();

describe('POST /v1/classify', () => {
  it('classifies robust cases with the core’s result shape', async () => {
    const cases = [
      ['Cartoon ads to kids; the parents pay.', 'consumer'],
      ['Loyalty programme with volume rebates for our top resellers at renewal.', 'customer'],
      ['hello world', 'undetermined'],
    ] as const;
    for (const [text, orientation] of cases) {
      const res = await postJson(app, '/v1/classify', { text });
      expect(res.status).toBe(200);
      expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
      const result = ClassificationSchema.parse(await res.json());
      expect(result.orientation, text).toBe(orientation);
    }
  });

  it('passes options through and reports Server-Timing', async () => {
    const res = await postJson(app, '/v1/classify', {
      text: 'Loyalty programme for resellers',
      options: { recommendations: false, maxEvidence: 1 },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('Server-Timing')).toMatch(/^classify;dur=\d+(\.\d+)?$/);
    const result = ClassificationSchema.parse(await res.json());
    for (const dimension of Object.values(result.dimensions)) {
      expect(dimension.evidence.length).toBeLessThanOrEqual(1);
    }
  });

  it('accepts an empty text, a charset parameter and a +json media type', async () => {
    expect((await postJson(app, '/v1/classify', { text: '' })).status).toBe(200);
    const withCharset = await app.request('/v1/classify', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: '{"text":"renewals"}',
    });
    expect(withCharset.status).toBe(200);
    const vendor = await app.request('/v1/classify', {
      method: 'POST',
      headers: { 'Content-Type': 'application/vnd.marketlens+json' },
      body: '{"text":"renewals"}',
    });
    expect(vendor.status).toBe(200);
  });

  it('answers 400 invalid-json for malformed JSON, naming the position', async () => {
    for (const body of ['{bad', '', '{"text": "a",}', 'undefined', '\u0000']) {
      const problem = await expectProblem(
        await postJson(app, '/v1/classify', body),
        'invalid-json',
      );
      expect(problem.detail).toMatch(/not valid JSON/);
    }
  });

  it('answers 400 invalid-json for a body that is not UTF-8', async () => {
    const res = await app.request('/v1/classify', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: new Uint8Array([0x7b, 0x22, 0x74, 0xff, 0xfe, 0x22, 0x7d]),
    });
    const problem = await expectProblem(res, 'invalid-json');
    expect(problem.detail).toMatch(/UTF-8/);
  });

  it('answers 400 validation-failed with the failing field paths', async () => {
    const cases: [unknown, string[]][] = [
      [{}, ['/text']],
      [{ text: 42 }, ['/text']],
      [{ text: 'x', extra: true }, ['/extra']],
      [{ text: 'x', foo: 1, 'a/b': 2, '~c': 3 }, ['/foo', '/a~1b', '/~0c']],
      [{ text: 'x', options: { zzz: 1 } }, ['/options/zzz']],
      [{ text: 'x', options: { maxEvidence: -1 } }, ['/options/maxEvidence']],
      [{ text: 'x', options: { recommendations: 'yes' } }, ['/options/recommendations']],
      [[], ['']],
      [null, ['']],
      ['"just a string"', ['']],
    ];
    for (const [body, pointers] of cases) {
      const res = await postJson(app, '/v1/classify', body);
      const problem = await expectProblem(res, 'validation-failed');
      expect(
        problem.errors?.map((e) => e.pointer),
        JSON.stringify(body),
      ).toEqual(pointers);
      expect(problem.errors?.every((e) => e.location === 'body')).toBe(true);
      expect(problem.detail).toContain(pointers[0] || '(body)');
    }
  });

  it('answers 415 for a missing or non-JSON Content-Type', async () => {
    const bodies: [Record<string, string>, string][] = [
      [{}, 'no Content-Type'],
      [{ 'Content-Type': 'text/plain' }, 'text/plain'],
      [{ 'Content-Type': 'application/x-www-form-urlencoded' }, 'urlencoded'],
      [{ 'Content-Type': 'multipart/form-data; boundary=x' }, 'multipart'],
      [{ 'Content-Type': 'application/jsonp' }, 'jsonp'],
    ];
    for (const [headers, hint] of bodies) {
      const res = await app.request('/v1/classify', {
        method: 'POST',
        headers,
        body: '{"text":"a"}',
      });
      const problem = await expectProblem(res, 'unsupported-media-type');
      expect(problem.detail, hint).toContain('application/json');
    }
  });

  it('accepts every RFC 9110 spelling of JSON in UTF-8, on every POST route', async () => {
    const bodies = {
      '/v1/classify': '{"text":"renewals"}',
      '/v1/classify/batch': '{"items":[{"text":"renewals"}]}',
      '/v1/assess': '{"scope":"customer"}',
    };
    const types = [
      'application/json ; charset=utf-8',
      'application/json;',
      'application/json;;',
      'application/json \t;\tcharset=UTF-8',
      'application/json; charset="utf-8"',
      'APPLICATION/JSON; CHARSET=Utf-8',
      'application/json; foo=bar; charset=utf-8',
      'application/json; foo="a;b"',
      'application/ld+json ; charset=utf-8',
      // Structured-syntax suffixes with digits, underscores and more than one "+".
      'application/vnd.api.v2+json',
      'application/vnd_x+json',
      'application/a+b+json',
    ];
    for (const [path, body] of Object.entries(bodies)) {
      for (const type of types) {
        const res = await app.request(path, {
          method: 'POST',
          headers: { 'Content-Type': type },
          body,
        });
        expect(res.status, `${path} ${type}`).toBe(200);
      }
    }
  });

  it('answers 415 for a charset other than UTF-8, or a media type that does not parse', async () => {
    const types = [
      'application/json; charset=iso-8859-1',
      'application/json; charset=utf-16le',
      'application/json; charset="us-ascii"',
      'application/json; charset=utf-8; charset=latin1',
      'application/json; charset',
      'application/json; charset=',
      'application/json; foo="unclosed',
      'application /json',
      'application/+json',
    ];
    for (const type of types) {
      const res = await app.request('/v1/classify', {
        method: 'POST',
        headers: { 'Content-Type': type },
        body: '{"text":"renewals"}',
      });
      const problem = await expectProblem(res, 'unsupported-media-type');
      expect(problem.detail, type).toMatch(/UTF-8|application\/json/);
      expect(res.headers.get('Accept-Post'), type).toBe('application/json');
    }
  });

  it('answers 415 with Accept-Encoding: identity for a content coding it does not decode', async () => {
    const json = '{"text":"renewals"}';
    const gzipped = new Uint8Array(
      await new Response(
        new Blob([json]).stream().pipeThrough(new CompressionStream('gzip')),
      ).arrayBuffer(),
    );
    const cases: [string, string | Uint8Array][] = [
      ['gzip', gzipped],
      ['gzip', json], // a plain body mislabelled
      ['GZIP', gzipped],
      ['br', json],
      ['deflate', json],
      ['identity, gzip', gzipped],
      ['x-unknown', json],
    ];
    for (const path of ['/v1/classify', '/v1/classify/batch', '/v1/assess']) {
      for (const [coding, body] of cases) {
        const res = await app.request(path, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Content-Encoding': coding },
          body,
        });
        const problem = await expectProblem(res, 'unsupported-media-type');
        expect(res.headers.get('Accept-Encoding'), `${path} ${coding}`).toBe('identity');
        expect(problem.detail).toContain('Content-Encoding');
      }
    }
  });

  it('accepts a body whose only content coding is identity', async () => {
    for (const coding of ['identity', 'IDENTITY', ' identity ', 'identity,identity', '']) {
      const res = await app.request('/v1/classify', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Encoding': coding },
        body: '{"text":"renewals"}',
      });
      expect(res.status, JSON.stringify(coding)).toBe(200);
    }
  });

  it('answers 413 past the body limit, by Content-Length or while streaming', async () => {
    const small = createApp({ limits: { bodyBytes: 64 } });
    const big = JSON.stringify({ text: 'x'.repeat(100) });
    const declared = await expectProblem(
      await postJson(small, '/v1/classify', big),
      'payload-too-large',
    );
    expect(declared.limit).toBe(64);

    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode('          '));
        controller.close();
      },
    });
    const streamed = await small.request('/v1/classify', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    await expectProblem(streamed, 'payload-too-large');
  });

  it('answers 4xx, never 5xx, for a text longer than MAX_TEXT_LENGTH', async () => {
    const text = 'a'.repeat(MAX_TEXT_LENGTH + 1);
    await expectProblem(await postJson(app, '/v1/classify', { text }), 'payload-too-large');

    const roomy = createApp({ limits: { bodyBytes: 4 * MAX_TEXT_LENGTH } });
    const problem = await expectProblem(
      await postJson(roomy, '/v1/classify', { text }),
      'validation-failed',
    );
    expect(problem.errors?.[0]).toMatchObject({ pointer: '/text', code: 'too_big' });
  });
});
