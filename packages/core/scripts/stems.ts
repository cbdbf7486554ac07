/**
 * Precomputes the Porter stems of every word the lexicon's patterns use, into
 * src/text/lexicon-stems.ts, for the fast start (`@marketlens/core/fast-start`): a process that
 * asks for it does not stem them one by one as it loads. The classifier gives the same results
 * without the table (it is only a shortcut); a test
 * checks that the table is complete and right. Run: `pnpm --filter @marketlens/core stems`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { patternWords } from '../src/lexicon/all-patterns.ts';
import { computeStem, normalizeWord } from '../src/text/normalize.ts';
import { encodeStemTable } from '../src/text/stem-table.ts';

const target = fileURLToPath(new URL('../src/text/lexicon-stems.ts', import.meta.url));
const words = patternWords(normalizeWord);
const entries = encodeStemTable(words.map((word) => [word, computeStem(word)] as const));
writeFileSync(
  target,
  `/**
 * Stems of the lexicon's words, precomputed by \`scripts/stems.ts\` (generated: do not edit).
 * The fast start's shortcut for loading the package quickly (see \`fast-start.ts\`).
 * Each entry is a word and the edit that makes its stem (see \`stem-table.ts\`).
 */
export const LEXICON_STEMS =
  '${entries}';
`,
);
console.log(`${words.length} stems written to ${target}`);
