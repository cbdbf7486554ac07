import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize.ts';
import { isServed } from './served.ts';

/** The phrase spanning the first occurrence of `words` in `text`. */
function phrase(text: string, words: string) {
  const tokens = tokenize(text);
  const first = words.split(' ')[0];
  const from = tokens.findIndex((t) => t.norm === tokenize(first ?? '')[0]?.norm);
  return { tokens, phrase: { from, to: from + words.split(' ').length, head: from } };
}

describe('isServed', () => {
  it('is true when a verb of receiving follows the phrase, with "will" or "also" between', () => {
    const a = phrase('Dealers get floor-plan financing.', 'Dealers');
    expect(isServed(a.tokens, a.phrase)).toBe(true);
    const b = phrase('Pet owners will see a campaign on social.', 'Pet owners');
    expect(isServed(b.tokens, b.phrase)).toBe(true);
  });

  it('is false when anything else follows, or when there is no phrase', () => {
    const a = phrase('Dealers sign the contract and get rebates.', 'Dealers');
    expect(isServed(a.tokens, a.phrase)).toBe(false);
    expect(isServed(a.tokens, null)).toBe(false);
  });
});
