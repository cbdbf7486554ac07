/**
 * The lexicon's words and their stems, read off its patterns: the vocabulary typo tolerance
 * corrects toward, and a shortcut for compiling patterns. The fast start hands them over
 * precomputed (`@marketlens/core/fast-start`); else the classifier reads them when it is built,
 * about 15–30 ms of loading.
 *
 * @module
 */
import { patternWords } from '../lexicon/all-patterns.ts';
import { computeStem, hasLexiconStems, normalizeWord, useLexiconStems } from './normalize.ts';

/** Reads and sets the lexicon's words and stems, unless they are set already. */
export function ensureLexiconStems(): void {
  if (hasLexiconStems()) return;
  useLexiconStems(new Map(patternWords(normalizeWord).map((word) => [word, computeStem(word)])));
}
