import { describe, expect, it } from 'vitest';
import { createColors, shouldColor } from './colors.ts';

describe('colours', () => {
  it('colour a terminal only, and never with NO_COLOR', () => {
    expect(shouldColor(true, {})).toBe(true);
    expect(shouldColor(false, {})).toBe(false);
    expect(shouldColor(true, { NO_COLOR: '1' })).toBe(false);
    expect(shouldColor(true, { NO_COLOR: '' })).toBe(true);
  });

  it('can be forced with FORCE_COLOR, except FORCE_COLOR=0', () => {
    expect(shouldColor(false, { FORCE_COLOR: '1' })).toBe(true);
    expect(shouldColor(false, { FORCE_COLOR: '0' })).toBe(false);
  });

  it('wrap in ANSI codes when on, and leave the text alone when off', () => {
    expect(createColors(true).blue('x')).toBe('\u001b[34mx\u001b[39m');
    expect(createColors(false).blue('x')).toBe('x');
  });
});
