// With the fast start on, the classifier must answer exactly as without it. Without it is asked
// of a separate Node process (this file's modules load with it on), over the dev set's texts.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { enableFastStart } from './fast-start.ts';
import { precomputedFirstStems } from './match/first-stems.ts';

const devSet = fileURLToPath(new URL('../fixtures/briefs.dev.jsonl', import.meta.url));
const texts = readFileSync(devSet, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text);

const WITHOUT = `
import { readFileSync } from 'node:fs';
import { classify } from ${JSON.stringify(fileURLToPath(new URL('./index.ts', import.meta.url)))};
const texts = JSON.parse(readFileSync(0, 'utf8'));
process.stdout.write(JSON.stringify(texts.map((text) => classify(text))));
`;

describe('enableFastStart', () => {
  it('hands the pattern indexes every pattern’s first stems, and changes no result', async () => {
    enableFastStart();
    const loyalty =
      'card_of_fidelity|fidelity_card|fidelity_scheme|fidelizacion|loyal|loyalist|loyalists|loyalty';
    expect(precomputedFirstStems(loyalty)).toEqual([
      'card',
      'fidel',
      'fidelizacion',
      'loyal',
      'loyalist',
      'loyalti',
    ]);
    // Loaded only now, so that its pattern indexes are built from the precomputed stems.
    const { classify } = await import('./classify/classify.ts');
    const withFastStart = texts.map((text) => classify(text));
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', WITHOUT], {
      input: JSON.stringify(texts),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(withFastStart).toEqual(JSON.parse(run.stdout));
  });
});
