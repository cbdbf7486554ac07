import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize.ts';
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
});
