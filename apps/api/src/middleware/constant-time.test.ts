import { describe, expect, it } from 'vitest';
import { timingSafeEqual } from './constant-time.ts';

describe('timingSafeEqual', () => {
  it('accepts equal strings, including non-ASCII ones', () => {
    expect(timingSafeEqual('s3cret', 's3cret')).toBe(true);
    expect(timingSafeEqual('clé-🔑', 'clé-🔑')).toBe(true);
    expect(timingSafeEqual('', '')).toBe(true);
  });

  it('rejects any difference: content, prefix, suffix, case, length', () => {
    expect(timingSafeEqual('s3cret', 's3creT')).toBe(false);
    expect(timingSafeEqual('s3cre', 's3cret')).toBe(false);
    expect(timingSafeEqual('s3cret!', 's3cret')).toBe(false);
    expect(timingSafeEqual('', 's3cret')).toBe(false);
    expect(timingSafeEqual('S3CRET', 's3cret')).toBe(false);
  });

  it('does not confuse a trailing NUL with a shorter string', () => {
    expect(timingSafeEqual('abc\u0000', 'abc')).toBe(false);
    expect(timingSafeEqual('abc', 'abc\u0000')).toBe(false);
  });
});
