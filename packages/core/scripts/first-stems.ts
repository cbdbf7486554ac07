/**
 * Precomputes the stems each lexicon pattern can start with, into src/match/first-stems-data.ts,
 * for `enableFastStart` (src/fast-start.ts). `pnpm --filter @marketlens/core stems` runs it
 * after `scripts/stems.ts`. A test checks that the data matches the patterns.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ALL_PATTERNS } from '../src/lexicon/all-patterns.ts';
import { firstStemsOfSource } from '../src/match/pattern.ts';

/** A string literal in single quotes, as the formatter writes them. */
const singleQuoted = (text: string) =>
  `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'").replaceAll('\n', '\\n')}'`;

const target = fileURLToPath(new URL('../src/match/first-stems-data.ts', import.meta.url));
const lines = ALL_PATTERNS.map((source) => firstStemsOfSource(source).join(' '));
writeFileSync(
  target,
  `/**
 * The stems each pattern of \`ALL_PATTERNS\` can start with, one line per pattern in its order,
 * precomputed by \`scripts/first-stems.ts\` (generated: do not edit). Read by \`enableFastStart\`.
 */
export const FIRST_STEMS =
  ${singleQuoted(lines.join('\n'))};
`,
);
console.log(`${lines.length} patterns' first stems written to ${target}`);
