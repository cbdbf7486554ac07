/**
 * Small integer ids for the stems that patterns use, so that matching compares numbers and a
 * pattern index finds a token's candidates in an array instead of hashing its stem.
 *
 * Ids start at 1 and are never reused; `NUMBER_KEY` (1) stands for any number. A token records
 * its stem's id when it is made (`recordStemId`); a stem no pattern uses records minus the
 * number of ids handed out so far, so that a pattern compiled later, with new stems, is still
 * matched against tokens made before it (`currentStemId` looks such a stem up again).
 */

/** The stem that stands for any number at the start of a pattern; its id is `NUMBER_KEY`. */
export const NUMBER_STEM = '#';

// Stem → id; '#' is the key of patterns that start with a number.
const ids = new Map<string, number>([[NUMBER_STEM, 1]]);
// ids.size, kept in a plain variable: it is read for every token that no pattern uses.
let count = 1;

/** The key under which patterns starting with `#` (any number) are indexed. */
export const NUMBER_KEY = 1;

/** The id of a pattern stem, handed out on first use. */
export function internStem(stem: string): number {
  let id = ids.get(stem);
  if (id === undefined) {
    id = ++count;
    ids.set(stem, id);
  }
  return id;
}

/** What a token records of its stem: its id, or (no pattern uses it) minus the ids handed out. */
export function recordStemId(stem: string): number {
  return ids.get(stem) ?? -count;
}

/** `recorded` while it is current, else what `recordStemId` gives now. */
export function refreshStemId(stem: string, recorded: number): number {
  return recorded > 0 || -recorded === count ? recorded : recordStemId(stem);
}

/**
 * The id of a stem now, from what `recordStemId` gave when its token was made; 0 when no
 * pattern uses the stem. Only a pattern compiled since then makes it look the stem up again.
 */
export function currentStemId(stem: string, recorded: number): number {
  if (recorded > 0) return recorded;
  if (-recorded === count) return 0;
  return ids.get(stem) ?? 0;
}
