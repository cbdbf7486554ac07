/**
 * A generated batch input: thousands of JSONL lines drawn from the core's labelled dev set,
 * with bad lines mixed in at known places, and what the output must say about each line.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DEV_SET = fileURLToPath(
  new URL('../../../../packages/core/fixtures/briefs.dev.jsonl', import.meta.url),
);

/** The texts of the core's dev set. */
export function devTexts(): string[] {
  return readFileSync(DEV_SET, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

/** What one generated line is, and so what its output record must be. */
export type LineKind =
  | 'good'
  | 'good-no-id'
  | 'invalid-json'
  | 'missing-text'
  | 'text-not-string'
  | 'empty';

/** The kind of line `n` (1-based): a fixed pattern, so failures are reproducible. */
export function kindOf(n: number): LineKind {
  if (n % 97 === 0) return 'invalid-json';
  if (n % 89 === 0) return 'missing-text';
  if (n % 83 === 0) return 'text-not-string';
  if (n % 211 === 0) return 'empty';
  if (n % 5 === 0) return 'good-no-id';
  return 'good';
}

/** Line `n` of the generated file. */
export function lineFor(n: number, texts: readonly string[]): string {
  const text = texts[n % texts.length] ?? '';
  switch (kindOf(n)) {
    case 'invalid-json':
      return `{"id":"r${n}","text":"unterminated`;
    case 'missing-text':
      return JSON.stringify({ id: `r${n}`, body: text });
    case 'text-not-string':
      return JSON.stringify({ id: `r${n}`, text: [text] });
    case 'empty':
      return '';
    case 'good-no-id':
      return JSON.stringify({ text });
    default:
      return JSON.stringify({ id: `r${n}`, text });
  }
}

/** The whole file: `count` lines, each ending with a newline. */
export function generateJsonl(count: number, texts: readonly string[]): string {
  let out = '';
  for (let n = 1; n <= count; n += 1) out += `${lineFor(n, texts)}\n`;
  return out;
}
