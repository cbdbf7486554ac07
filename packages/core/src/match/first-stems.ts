/**
 * The stems each lexicon pattern can start with, when a fast start has supplied them
 * (`enableFastStart` in `fast-start.ts`): a pattern index then files its patterns without reading
 * them. Without it (the default) each index reads its patterns' leading slots as it loads, which
 * gives the same stems.
 *
 * @module
 */

let table: ReadonlyMap<string, readonly string[]> | undefined;

/** Supplies the first stems by pattern source, for the pattern indexes created from now on. */
export function useFirstStems(firstStems: ReadonlyMap<string, readonly string[]>): void {
  table = firstStems;
}

/** The supplied first stems of a pattern, if any were supplied for it. */
export function precomputedFirstStems(source: string): readonly string[] | undefined {
  return table?.get(source);
}
