import { describe, expect, it } from 'vitest';
import { wrap, wrapIndented } from './wrap.ts';

describe('wrap', () => {
  it('breaks between words and keeps paragraphs', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrap('a\nb', 10)).toEqual(['a', 'b']);
  });

  it('leaves a word longer than the width whole', () => {
    expect(wrap('supercalifragilistic ok', 5)).toEqual(['supercalifragilistic', 'ok']);
  });

  it('indents every line', () => {
    expect(wrapIndented('one two three', 30, 2)).toBe('  one two three');
  });
});
