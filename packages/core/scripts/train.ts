/**
 * Fits the orientation model and the dimension model beside it on labelled JSONL files
 * (default: the shipped dev, holdout and tuning sets) and writes them to
 * src/model/trained-model.ts.
 * Run: `pnpm --filter @marketlens/core train [FILE…]`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIMENSION_FEATURE_NAMES } from '../src/model/dimension-model.ts';
import { FEATURE_NAMES } from '../src/model/features.ts';
import { fitModel } from '../src/model/fit.ts';
import { GoldCaseSchema } from '../src/schemas/input.ts';
import { TRAINING_FILES } from './training-sets.ts';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const defaults = TRAINING_FILES;
const files = process.argv.length > 2 ? process.argv.slice(2) : defaults;
const target = `${packageRoot}src/model/trained-model.ts`;
const cases = files.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => GoldCaseSchema.parse(JSON.parse(line))),
);
const model = fitModel(cases);
const sources = files.map((file) => relative(packageRoot, file)).join(', ');
const source = `import type { OrientationModel } from './orientation-model.ts';

/**
 * The orientation model shipped with the package, and the dimension model fitted beside it, by
 * \`scripts/train.ts\` on ${cases.length} cases of
 * ${sources}. Generated: do not edit by hand.
 */
export const TRAINED_MODEL: OrientationModel = ${JSON.stringify(model, null, 2)};

/**
 * What each column of the weights above stands for: the names of the orientation features
 * (\`features.ts\`) and of the dimension features (\`dimension-model.ts\`) when it was fitted.
 */
export const TRAINED_FEATURES = ${JSON.stringify({ orientation: FEATURE_NAMES, dimensions: DIMENSION_FEATURE_NAMES }, null, 2)};
`;
writeFileSync(target, source);
console.log(`trained on ${cases.length} cases (${sources}), temperature ${model.temperature}`);
