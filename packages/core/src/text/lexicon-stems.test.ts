import { describe, expect, it } from 'vitest';
import { patternWords } from '../lexicon/all-patterns.ts';
import { LEXICON_STEMS } from './lexicon-stems.ts';
import { ensureLexiconStems } from './lexicon-vocabulary.ts';
import { computeStem, lexiconStem, normalizeWord } from './normalize.ts';
import { decodeStemTable } from './stem-table.ts';

describe('precomputed lexicon stems', () => {
  const table = decodeStemTable(LEXICON_STEMS);

  it('covers every word of the lexicon, with the stem the stemmer gives (else run `pnpm stems`)', () => {
    const words = patternWords(normalizeWord);
    const missing = words.filter((word) => !table.has(word));
    const wrong = words.filter((word) => table.has(word) && table.get(word) !== computeStem(word));
    expect({ missing, wrong }).toEqual({ missing: [], wrong: [] });
  });

  it('holds words in canonical form only, as the classifier reads them off the patterns', () => {
    ensureLexiconStems();
    const notCanonical = [...table.keys()].filter((word) => normalizeWord(word) !== word);
    expect(notCanonical).toEqual([]);
    for (const [word, stem] of table) expect(lexiconStem(word)).toBe(stem);
    expect(lexiconStem('not-a-lexicon-word')).toBeUndefined();
  });
});
