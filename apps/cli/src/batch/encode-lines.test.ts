import { describe, expect, it } from 'vitest';
import { encodeLines } from './encode-lines.ts';

describe('encodeLines', () => {
  it('encodes each line as UTF-8, in order, into one buffer', () => {
    const lines = ['{"a":1}\n', '{"b":"’ – é 😀"}\n', ''];
    expect(Buffer.from(encodeLines(lines)).toString('utf8')).toBe(lines.join(''));
  });

  it('gives an empty buffer for no lines', () => {
    expect(encodeLines([]).byteLength).toBe(0);
  });
});
