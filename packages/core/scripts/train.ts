/**
 * Fits the orientation model on a labelled JSONL file (default: the shipped dev set) and
 * writes it to src/model/trained-model.ts. Run: `pnpm --filter @marketlens/core train`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fitModel } from '../src/model/fit.ts';
import { GoldCaseSchema } from '../src/schemas/input.ts';

const gold =
  process.argv[2] ?? fileURLToPath(new URL('../fixtures/briefs.dev.jsonl', import.meta.url));
const target = fileURLToPath(new URL('../src/model/trained-model.ts', import.meta.url));
const cases = readFileSync(gold, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => GoldCaseSchema.parse(JSON.parse(line)));
const model = fitModel(cases);
const source = `import type { OrientationModel } from './orientation-model.ts';

/**
 * The orientation model shipped with the package, fitted on fixtures/briefs.dev.jsonl by
 * \`scripts/train.ts\`. Generated: do not edit by hand.
 */
export const TRAINED_MODEL: OrientationModel = ${JSON.stringify(model, null, 2)};
`;
writeFileSync(target, source);
console.log(
  `trained on ${model.trainedOn} cases, temperature ${model.temperature}; wrote ${target}`,
);
