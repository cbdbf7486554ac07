import { z } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { createProblem, PROBLEM_KINDS, summarizeFieldErrors, toFieldErrors } from './problem.ts';

describe('createProblem', () => {
  it('uses the stable type, title and status of the kind', () => {
    for (const kind of Object.keys(PROBLEM_KINDS) as (keyof typeof PROBLEM_KINDS)[]) {
      const problem = createProblem(kind, 'why');
      expect(problem).toEqual({
        type: `urn:marketlens:problem:${kind}`,
        title: PROBLEM_KINDS[kind].title,
        status: PROBLEM_KINDS[kind].status,
        detail: 'why',
      });
    }
  });
});

describe('toFieldErrors', () => {
  it('builds RFC 6901 pointers, escaping ~ and /', () => {
    const schema = z.object({ 'a/b': z.object({ '~c': z.array(z.string()) }) });
    const result = schema.safeParse({ 'a/b': { '~c': ['ok', 3] } });
    if (result.success) throw new Error('expected a failure');
    const [error] = toFieldErrors(result.error.issues, 'body', ['items', 2]);
    expect(error).toMatchObject({
      location: 'body',
      pointer: '/items/2/a~1b/~0c/1',
      path: ['items', 2, 'a/b', '~c', 1],
      code: 'invalid_type',
    });
  });
});

describe('toFieldErrors with unknown keys', () => {
  it('gives each unknown key its own escaped pointer, under the prefix', () => {
    const schema = z.strictObject({ a: z.strictObject({ b: z.number() }) });
    const result = schema.safeParse({ a: { b: 1, 'x/y': 1, '~z': 2 }, top: 3 });
    if (result.success) throw new Error('expected a failure');
    const errors = toFieldErrors(result.error.issues, 'body', ['items', 0]);
    expect(errors.map(({ pointer, path, code }) => ({ pointer, path, code }))).toEqual([
      { pointer: '/items/0/a/x~1y', path: ['items', 0, 'a', 'x/y'], code: 'unrecognized_keys' },
      { pointer: '/items/0/a/~0z', path: ['items', 0, 'a', '~z'], code: 'unrecognized_keys' },
      { pointer: '/items/0/top', path: ['items', 0, 'top'], code: 'unrecognized_keys' },
    ]);
    expect(errors.map((e) => e.message)).toEqual([
      'Unrecognized key: "x/y"',
      'Unrecognized key: "~z"',
      'Unrecognized key: "top"',
    ]);
  });
});

describe('summarizeFieldErrors', () => {
  it('names up to five fields and counts the rest', () => {
    const errors = Array.from({ length: 7 }, (_, i) => ({
      location: 'body' as const,
      pointer: `/f${i}`,
      path: [`f${i}`],
      code: 'invalid_type',
      message: 'bad',
    }));
    const summary = summarizeFieldErrors(errors);
    expect(summary).toMatch(/^7 fields are invalid: \/f0 \(bad\)/);
    expect(summary).toContain('/f4');
    expect(summary).not.toContain('/f5');
    expect(summary).toMatch(/and 2 more$/);
    expect(summarizeFieldErrors(errors.slice(0, 1))).toBe('1 field is invalid: /f0 (bad)');
  });
});
