import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, parseCorsOrigins, resolveOptions } from './options.ts';

describe('resolveOptions', () => {
  it('fills in the defaults', () => {
    const options = resolveOptions();
    expect(options).toMatchObject({ token: null, corsOrigins: [], limits: DEFAULT_LIMITS });
    expect(typeof options.onFault).toBe('function');
  });

  it('merges partial limits', () => {
    expect(resolveOptions({ limits: { batchItems: 5 } }).limits).toEqual({
      ...DEFAULT_LIMITS,
      batchItems: 5,
    });
  });

  it('rejects nonsense limits up front', () => {
    for (const bad of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => resolveOptions({ limits: { bodyBytes: bad } }), String(bad)).toThrow(RangeError);
    }
  });
});

describe('parseCorsOrigins', () => {
  it('reads "*", lists separated by commas or spaces, and nothing', () => {
    expect(parseCorsOrigins('*')).toBe('*');
    expect(parseCorsOrigins(' * ')).toBe('*');
    expect(parseCorsOrigins('https://a.example, https://b.example  https://c.example')).toEqual([
      'https://a.example',
      'https://b.example',
      'https://c.example',
    ]);
    expect(parseCorsOrigins('')).toEqual([]);
    expect(parseCorsOrigins(undefined)).toEqual([]);
  });
});
