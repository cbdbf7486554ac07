import { describe, expect, it } from 'vitest';
import { percent, quoteEvidence } from './vocabulary.ts';

describe('quoteEvidence', () => {
  it('quotes the words, and says "not" when the text negated them', () => {
    expect(quoteEvidence({ text: 'loyalty', negated: false })).toBe('“loyalty”');
    expect(quoteEvidence({ text: 'loyalty', negated: true })).toBe('not “loyalty”');
  });
});

describe('percent', () => {
  it('rounds a confidence down, so it never shows a certainty the model did not give', () => {
    expect(percent(0.995)).toBe('99%');
    // Not 56% and 28%: 0.57 × 100 and 0.29 × 100 fall just short of 57 and 29 in floating point.
    expect(percent(0.57)).toBe('57%');
    expect(percent(0.29)).toBe('29%');
    expect(percent(0.8)).toBe('80%');
    expect(percent(1)).toBe('100%');
  });
});
