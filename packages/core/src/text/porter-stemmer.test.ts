import { describe, expect, it } from 'vitest';
import { porterStem } from './porter-stemmer.ts';

describe('porterStem', () => {
  it.each([
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['agreed', 'agre'],
    ['hopping', 'hop'],
    ['relational', 'relat'],
    ['generalization', 'gener'],
    ['adjustment', 'adjust'],
    ['controlling', 'control'],
  ])('stems %s to %s (reference outputs)', (word, stem) => {
    expect(porterStem(word)).toBe(stem);
  });

  it('brings inflections of one word together', () => {
    const stems = ['renewal', 'renewals', 'renewed', 'renewing'].map(porterStem);
    expect(new Set(stems.slice(1)).size).toBe(1);
    expect(['retain', 'retained', 'retaining'].map(porterStem)).toEqual([
      'retain',
      'retain',
      'retain',
    ]);
  });
});
