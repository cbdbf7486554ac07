/**
 * Tolerance for typos in the words the lexicon cares about: an unknown long word one slip (a
 * letter missed, doubled in, or two neighbours swapped, inside the word) away from exactly one
 * lexicon word is read as that word ("awarness" → "awareness", "subscibers" → "subscribers").
 * Substitutions and edits at either end are left alone: those mostly turn one real word into
 * another ("planting"/"planning", "influence"/"influencer"). Nothing is built ahead: a lookup
 * tries the few hundred one-slip variants of the word against the lexicon.
 *
 * @module
 */

import { AGENT_MARK } from './agent-mark.ts';

/** Words shorter than this are never corrected: short words have too many neighbours. */
export const MIN_TYPO_LENGTH = 8;
/** Nor are words longer than this: no lexicon word is, and the variants grow with the length. */
export const MAX_TYPO_LENGTH = 24;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The words one slip inside `word` could have come from (the first and last letters stay). */
function slipVariants(word: string): string[] {
  const out: string[] = [];
  const last = word.length - 1;
  for (let i = 1; i < last; i++) {
    out.push(word.slice(0, i) + word.slice(i + 1)); // a letter doubled in
    if (i + 1 < last) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)); // neighbours swapped
  }
  for (let i = 1; i <= last; i++) {
    for (const letter of LETTERS) out.push(word.slice(0, i) + letter + word.slice(i)); // a letter missed
  }
  return out;
}

/**
 * `correct(word)` for a vocabulary of word → stem: the one vocabulary word an unknown word
 * stands for, if any. Several candidates are accepted only when they share a stem ("renewal",
 * "renewals"); an inflection of a known word ("retained"), or of the verb behind a known agent
 * noun ("advertises", "prescribes"), is not a typo. `knownStems` is the vocabulary's stems, which
 * the caller has already (`normalize.ts` keeps them for `isLexiconStem`).
 */
export function createTypoCorrector(
  vocabulary: ReadonlyMap<string, string>,
  stemOf: (word: string) => string,
  knownStems: ReadonlySet<string>,
) {
  return (word: string): string | undefined => {
    if (word.length < MIN_TYPO_LENGTH || word.length > MAX_TYPO_LENGTH) return undefined;
    if (vocabulary.has(word)) return undefined;
    const stem = stemOf(word);
    // "prescribes" is the verb behind "prescribers" (stem "prescrib~"), not a slip of it.
    if (knownStems.has(stem) || knownStems.has(`${stem}${AGENT_MARK}`)) return undefined;
    const close = [
      ...new Set(slipVariants(word).filter((variant) => vocabulary.has(variant))),
    ].sort();
    if (close.length === 0) return undefined;
    const stems = new Set(close.map((candidate) => vocabulary.get(candidate)));
    return stems.size === 1 ? close[0] : undefined;
  };
}
