/**
 * A faster start for processes that classify soon after they load, such as a command-line tool:
 * `enableFastStart()`, called before the classifier is first imported, hands over two tables
 * precomputed instead of read off the lexicon as it loads (most of the package's loading time):
 * the stems of the lexicon's words, and the stems each pattern starts with. Results are the same
 * either way; only loading is quicker. Kept apart from `classify` so that a bundle that does not
 * ask for it does not carry its data (about 6 KB gzipped).
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
import { LEXICON_STEMS } from './text/lexicon-stems.ts';
import { useLexiconStems } from './text/normalize.ts';
import { decodeStemTable } from './text/stem-table.ts';

/**
 * Supplies the precomputed stems of the lexicon's words, and the first stems of every lexicon
 * pattern to the pattern indexes created from now on. The first stems are left out if they no
 * longer line up with the patterns (then each index reads its patterns as usual).
 */
export function enableFastStart(): void {
  useLexiconStems(decodeStemTable(LEXICON_STEMS));
  const lines = FIRST_STEMS.split('\n');
  if (lines.length !== ALL_PATTERNS.length) return;
  useFirstStems(
    new Map(ALL_PATTERNS.map((source, i) => [source, (lines[i] as string).split(' ')])),
  );
}
