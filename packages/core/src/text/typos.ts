/**
 * Tolerance for typos in the words the lexicon cares about: an unknown long word one slip (a
 * letter missed, doubled in, or two neighbours swapped, inside the word) away from exactly one
 * lexicon word is read as that word ("awarness" → "awareness", "subscibers" → "subscribers").
 * Substitutions and edits at either end are left alone: those mostly turn one real word into
 * another ("planting"/"planning", "influence"/"influencer"). Built once from the lexicon; a
 * lookup costs a few map reads per unknown word (symmetric-delete search).
 *
 * @module
 */

/** Words shorter than this are never corrected: short words have too many neighbours. */
export const MIN_TYPO_LENGTH = 8;

function deletes(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * True when `a` becomes `b` by one slip strictly inside the word: a letter dropped or added, or
 * two neighbouring letters swapped (never the first or the last letter).
 */
function oneSlipApart(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === 0) return false;
  const rest = (x: number, y: number) => a.slice(x) === b.slice(y);
  if (a.length === b.length) {
    return i + 2 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && rest(i + 2, i + 2);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1 || i >= short.length) return false;
  return long.slice(i + 1) === short.slice(i);
}

/** A corrector over a vocabulary: `correct(word)` is the one vocabulary word it stands for, if any. */
export function createTypoCorrector(
  vocabulary: Iterable<string>,
  stemOf: (word: string) => string,
) {
  const known = new Set<string>();
  const knownStems = new Set<string>();
  const byDelete = new Map<string, string[]>();
  const add = (key: string, word: string) => {
    const list = byDelete.get(key);
    if (list === undefined) byDelete.set(key, [word]);
    else if (!list.includes(word)) list.push(word);
  };
  for (const word of vocabulary) {
    known.add(word);
    knownStems.add(stemOf(word));
    if (word.length < MIN_TYPO_LENGTH - 1) continue;
    add(word, word);
    for (const variant of deletes(word)) add(variant, word);
  }
  return (word: string): string | undefined => {
    // An inflection of a known word ("retained", "channels") is not a typo.
    if (word.length < MIN_TYPO_LENGTH || known.has(word) || knownStems.has(stemOf(word)))
      return undefined;
    const candidates = new Set<string>(byDelete.get(word) ?? []);
    for (const variant of deletes(word)) {
      for (const candidate of byDelete.get(variant) ?? []) candidates.add(candidate);
    }
    const close = [...candidates].filter((candidate) => oneSlipApart(word, candidate));
    if (close.length === 0) return undefined;
    // Several neighbours are fine only when they are one word inflected ("renewal", "renewals").
    const stems = new Set(close.map(stemOf));
    return stems.size === 1 ? close.sort()[0] : undefined;
  };
}
