/**
 * Reads the lexicon's words off its patterns and stems them, for typo tolerance and pattern
 * compiling (`useLexiconStems`), unless the fast start already handed them over precomputed.
 * Imported for this effect by the classifier; about 15 ms of loading, which the fast start's
 * table (`@marketlens/core/fast-start`) saves.
 *
 * @module
 */
import { patternWords } from '../lexicon/all-patterns.ts';
import { computeStem, hasLexiconStems, normalizeWord, useLexiconStems } from './normalize.ts';

if (!hasLexiconStems()) {
  useLexiconStems(new Map(patternWords(normalizeWord).map((word) => [word, computeStem(word)])));
}
