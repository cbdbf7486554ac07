import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, parseCorsOrigins, resolveOptions, resolveToken } from './options.ts';

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

describe('resolveToken', () => {
  it('trims the token, reads a blank one as none, and refuses whitespace inside', () => {
    expect(resolveToken('s3cret')).toBe('s3cret');
    expect(resolveToken(' s3cret\r\n')).toBe('s3cret');
    for (const blank of [undefined, '', ' ', '\n\t ']) expect(resolveToken(blank)).toBeNull();
    expect(() => resolveToken('s3 cret')).toThrow(RangeError);
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
