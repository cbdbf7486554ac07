import { describe, expect, it } from 'vitest';
import { wrap, wrapIndented } from './wrap.ts';

describe('wrap', () => {
  it('breaks between words and keeps paragraphs', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrap('a\nb', 10)).toEqual(['a', 'b']);
  });

  it('counts columns, not characters: wide characters take two', () => {
    expect(wrap('日本 語 ab', 6)).toEqual(['日本', '語 ab']);
  });

  it('never starts a line with a space when a word exactly fills the line', () => {
    expect(wrap('Building the relationship and retaining buyers', 25)).toEqual([
      'Building the relationship',
      'and retaining buyers',
    ]);
  });

  it('leaves a word longer than the width whole', () => {
    expect(wrap('supercalifragilistic ok', 5)).toEqual(['supercalifragilistic', 'ok']);
  });

  it('indents every line', () => {
    expect(wrapIndented('one two three', 30, 2)).toBe('  one two three');
  });
});
