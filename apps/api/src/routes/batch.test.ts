import { MAX_TEXT_LENGTH } from '@marketlens/core';
import { ClassificationSchema } from '@marketlens/core/schemas';
import { describe, expect, it } from 'vitest';
import { expectProblem, postJson } from '../../test/helpers.ts';
import { createApp } from '../app.ts';
import { ProblemSchema } from '../problem.ts';
import { runBatchItem } from './batch.ts';

const app = createApp();

describe('POST /v1/classify/batch', () => {
  it('answers in input order with each id, and an error entry in place of a bad item', async () => {
    const res = await postJson(app, '/v1/classify/batch', {
      items: [
        { id: 'kids', text: 'Cartoon ads to kids; the parents pay.' },
        { id: 7 },
        'not an object',
        { text: 'Loyalty programme with volume rebates for our top resellers at renewal.' },
        { id: 'extra', text: 'hello', colour: 'blue' },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('Server-Timing')).toMatch(/^classify;dur=/);
    const body = (await res.json()) as {
      results: Record<string, unknown>[];
      succeeded: number;
      failed: number;
    };
    expect(body.results.map((r) => [r.index, r.id, r.ok])).toEqual([
      [0, 'kids', true],
      [1, 7, false],
      [2, null, false],
      [3, null, true],
      [4, 'extra', false],
    ]);
    expect(body).toMatchObject({ succeeded: 2, failed: 3 });
    expect(ClassificationSchema.parse(body.results[0]?.result).orientation).toBe('consumer');
    expect(ClassificationSchema.parse(body.results[3]?.result).orientation).toBe('customer');

    const missingText = ProblemSchema.parse(body.results[1]?.error);
    expect(missingText.status).toBe(400);
    expect(missingText.errors?.map((e) => e.pointer)).toEqual(['/items/1/text']);
    expect(ProblemSchema.parse(body.results[2]?.error).errors?.[0]?.pointer).toBe('/items/2');
    const unknown = ProblemSchema.parse(body.results[4]?.error).errors?.[0];
    expect(unknown).toMatchObject({
      code: 'unrecognized_keys',
      pointer: '/items/4/colour',
      path: ['items', 4, 'colour'],
      message: 'Unrecognized key: "colour"',
    });
  });

  it('points at each unknown field of the request and of an item', async () => {
    const bad = await postJson(app, '/v1/classify/batch', {
      items: [{ text: 'a' }],
      zzz: 1,
      options: { yyy: 2 },
    });
    const problem = await expectProblem(bad, 'validation-failed');
    expect(problem.errors?.map((e) => e.pointer).sort()).toEqual(['/options/yyy', '/zzz']);
    const items = Array.from({ length: 10 }, () => ({ text: 'a' }));
    items[9] = { text: 'a', zzz: 1, 'x/y': 2 } as (typeof items)[number];
    const res = await postJson(app, '/v1/classify/batch', { items });
    const body = (await res.json()) as { results: { error?: unknown }[] };
    const errors = ProblemSchema.parse(body.results[9]?.error).errors;
    expect(errors?.map((e) => e.pointer)).toEqual(['/items/9/zzz', '/items/9/x~1y']);
  });

  it('applies shared options to every item', async () => {
    const res = await postJson(app, '/v1/classify/batch', {
      items: [{ text: 'loyalty renewals' }, { text: 'brand awareness launch' }],
      options: { recommendations: false },
    });
    const body = (await res.json()) as { results: { result: { recommendations: unknown[] } }[] };
    for (const entry of body.results) expect(entry.result.recommendations).toEqual([]);
  });

  it('rejects an empty batch, a missing items field and too many items with 400', async () => {
    const small = createApp({ limits: { batchItems: 2 } });
    const tooMany = await expectProblem(
      await postJson(small, '/v1/classify/batch', {
        items: [{ text: 'a' }, { text: 'b' }, { text: 'c' }],
      }),
      'validation-failed',
    );
    expect(tooMany.errors?.[0]).toMatchObject({ pointer: '/items', code: 'too_big' });
    const empty = await expectProblem(
      await postJson(app, '/v1/classify/batch', { items: [] }),
      'validation-failed',
    );
    expect(empty.errors?.[0]?.pointer).toBe('/items');
    await expectProblem(
      await postJson(app, '/v1/classify/batch', { texts: [] }),
      'validation-failed',
    );
    await expectProblem(
      await postJson(app, '/v1/classify/batch', { items: 'a' }),
      'validation-failed',
    );
  });

  it('answers 413 past the batch byte limit and 415/400 like the single route', async () => {
    const small = createApp({ limits: { batchBytes: 100 } });
    const big = { items: [{ text: 'x'.repeat(200) }] };
    const problem = await expectProblem(
      await postJson(small, '/v1/classify/batch', big),
      'payload-too-large',
    );
    expect(problem.limit).toBe(100);
    await expectProblem(await postJson(app, '/v1/classify/batch', '{"items": ['), 'invalid-json');
    const res = await app.request('/v1/classify/batch', { method: 'POST', body: 'items' });
    await expectProblem(res, 'unsupported-media-type');
  });
});

describe('runBatchItem', () => {
  it('turns an over-long text into an error entry, not a fault', () => {
    const entry = runBatchItem({ id: 'long', text: 'a'.repeat(MAX_TEXT_LENGTH + 1) }, 3);
    expect(entry).toMatchObject({ index: 3, id: 'long', ok: false });
    if (entry.ok) throw new Error('expected an error entry');
    expect(entry.error.errors?.[0]).toMatchObject({ pointer: '/items/3/text', code: 'too_big' });
  });

  it('keeps only ids JSON carries exactly: strings and whole numbers within ±(2^53 − 1); null is none', () => {
    expect(runBatchItem({ id: 9007199254740991, text: 'x' }, 0)).toMatchObject({
      ok: true,
      id: 9007199254740991,
    });
    expect(runBatchItem({ id: null, text: 'x' }, 1)).toMatchObject({ ok: true, id: null });
    for (const id of [1.5, 9007199254740992, -9007199254740992]) {
      const result = runBatchItem({ id, text: 'x' }, 2);
      expect(result).toMatchObject({ ok: false, id: null });
      expect(JSON.stringify(result)).toContain('/id');
    }
  });

  it('says what an id must be when it is neither a string nor a whole number', () => {
    for (const id of [1.5, true, { nested: true }, [1]]) {
      const result = runBatchItem({ id, text: 'x' }, 0);
      expect(result.ok).toBe(false);
      const problem = ProblemSchema.parse(result.ok ? undefined : result.error);
      expect(problem.errors?.[0]).toMatchObject({
        pointer: '/items/0/id',
        message:
          'Invalid input: expected a string or a whole number (within ±9007199254740991), or null',
      });
    }
  });

  it('echoes only a usable id from an invalid item', () => {
    expect(runBatchItem({ id: { nested: true } }, 0).id).toBeNull();
    expect(runBatchItem({ id: 'x'.repeat(300), text: 'a' }, 0).id).toBeNull();
    expect(runBatchItem({ id: 12 }, 0).id).toBe(12);
  });
});
