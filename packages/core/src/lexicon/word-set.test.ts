import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize.ts';
import * as lexicon from './index.ts';
import { STAFF_NOUNS } from './phrase-words.ts';
import { wordSet } from './word-set.ts';

describe('wordSet', () => {
  it('holds each word in the form a token carries', () => {
    const set = wordSet('adviser  organisation\n programme');
    for (const token of tokenize('adviser organisation programme')) {
      expect(set.has(token.norm)).toBe(true);
    }
  });

  it('lets British spellings in the lexicon match the text', () => {
    const [adviser] = tokenize('adviser');
    expect(STAFF_NOUNS.has(adviser?.norm ?? '')).toBe(true);
  });

  // A contraction reads as its word ("who've" as "who have"): a list naming one ships a word no
  // token carries.
  it('names no contraction but "\'s" in the lexicon\'s lists', () => {
    const contractions = Object.entries(lexicon).flatMap(([name, value]) => {
      const sets = value instanceof Map ? [...value.values()] : [value];
      return sets
        .filter((set): set is ReadonlySet<unknown> => set instanceof Set)
        .flatMap((set) => [...set].filter((word) => /^'(?:ll|ve|re|d|m)$|^n't$/.test(`${word}`)))
        .map((word) => `${name}: ${word}`);
    });
    expect(contractions).toEqual([]);
  });
});
