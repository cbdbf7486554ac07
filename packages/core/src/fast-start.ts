/**
 * A faster start for processes that classify soon after they load, such as a command-line tool:
 * `enableFastStart()`, called before the classifier is first imported, hands the pattern indexes
 * the stems each lexicon pattern starts with, precomputed, instead of letting each index read
 * them from its patterns as it loads (most of the package's loading time). Results are the same
 * either way; only loading is quicker. Kept apart from `classify` so that a bundle that does not
 * ask for it does not carry its data.
 *
 * @example
 * ```ts
 * const { enableFastStart } = await import('@marketlens/core/fast-start');
 * enableFastStart();
 * const { classify } = await import('@marketlens/core');
 * ```
 *
 * @module
 */
import { ALL_PATTERNS } from './lexicon/all-patterns.ts';
import { useFirstStems } from './match/first-stems.ts';
import { FIRST_STEMS } from './match/first-stems-data.ts';

/**
 * Supplies the precomputed first stems of every lexicon pattern to the pattern indexes created
 * from now on. Does nothing if the data no longer lines up with the patterns (then each index
 * reads its patterns as usual).
 */
export function enableFastStart(): void {
  const lines = FIRST_STEMS.split('\n');
  if (lines.length !== ALL_PATTERNS.length) return;
  useFirstStems(
    new Map(ALL_PATTERNS.map((source, i) => [source, (lines[i] as string).split(' ')])),
  );
}
