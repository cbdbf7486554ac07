import { describe, expect, it } from 'vitest';
import { quoteEvidence } from './vocabulary.ts';

describe('quoteEvidence', () => {
  it('quotes the words, and says "not" when the text negated them', () => {
    expect(quoteEvidence({ text: 'loyalty', negated: false })).toBe('“loyalty”');
    expect(quoteEvidence({ text: 'loyalty', negated: true })).toBe('not “loyalty”');
  });
});
