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
    expect(percent(0.8)).toBe('80%');
    expect(percent(1)).toBe('100%');
  });
});
