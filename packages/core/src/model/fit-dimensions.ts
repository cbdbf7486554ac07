/**
 * Fits the dimension model (`dimension-model.ts`) on labelled cases, under a fitted orientation
 * model: each dimension's lean is learned from the features the classifier reads for it.
 *
 * @module
 */
import { createDimensionReader } from '../classify/create-classifier.ts';
import { DIMENSION_IDS } from '../dimension-ids.ts';
import type { GoldCase } from '../schemas/input.ts';
import type { DimensionId } from '../schemas/vocabulary.ts';
import { DIMENSION_FEATURE_NAMES, type DimensionModel, LEAN_CLASSES } from './dimension-model.ts';
import type { OrientationModel } from './orientation-model.ts';
import { type Example, fitSoftmax, relativeToRow } from './softmax-fit.ts';

/**
 * Training settings, fixed so that training is deterministic: about 2,000 labelled cases per
 * dimension against 24 features. Chosen on the tuning sets kept out of the fit (q, t, v, x, za:
 * dimensions right 4,499 → 4,584 of 5,600 with these; 4,551 with a penalty of 5, 4,586 with 0.3,
 * 4,588 with 3,000 iterations), never on the unseen sets.
 */
const SETTINGS = {
  classes: LEAN_CLASSES.length,
  features: DIMENSION_FEATURE_NAMES.length,
  iterations: 1000,
  learningRate: 1,
  prior: 1,
};

/**
 * Weights kept as whole fortieths: smaller to ship than decimals (a lean is the row with the
 * highest score, and scaling every row alike changes none). Whole hundredths against
 * thousandths: unseen and tuning dimensions the same, training 2 of 13,129 fewer, 392 bytes less
 * gzipped. Fortieths against hundredths (the shipped rows divided by 2.5 and rounded): unseen
 * and tuning the same, training 4 of 14,049 more, 126 bytes less; twentieths lost 8 unseen.
 */
const round = (weight: number) => Math.round(weight * 40);

/**
 * The lean whose row the others are stored relative to (see `relativeToRow`): that row, all
 * zeros, saves 320 bytes gzipped in the classify bundle, and every lean stays the same.
 */
const REFERENCE_LEAN = LEAN_CLASSES.indexOf('consumer');

/**
 * The dimensions the model learns. Scope keeps the rules' lean: with learned weights it scored
 * no better on the unseen sets (16,300 of 19,509 dimensions either way) and 12 leans worse on
 * the tuning and training sets, and its rows cost the classify bundle 137 bytes gzipped.
 * Insight keeps the rules' lean too: its weights earned 3 of 19,509 unseen leans and 9 on the
 * tuning and training sets, and their 154 bytes pay for where role phrases end
 * (`analysis/means-phrase.ts`).
 */
export const LEARNED_DIMENSIONS: readonly DimensionId[] = DIMENSION_IDS.filter(
  (id) => id !== 'scope' && id !== 'insight',
);

/** Fits one row of weights per lean for each learned dimension from `cases` that label it. */
export function fitDimensionModel(
  cases: readonly GoldCase[],
  orientation: OrientationModel,
): DimensionModel {
  const readDimensions = createDimensionReader(orientation);
  const examples = Object.fromEntries(DIMENSION_IDS.map((id) => [id, [] as Example[]])) as Record<
    DimensionId,
    Example[]
  >;
  for (const c of cases) {
    const features = readDimensions(c.text);
    if (features === null) continue;
    for (const id of DIMENSION_IDS) {
      const gold = c.dimensions[id];
      if (gold !== undefined) examples[id].push({ x: features[id], y: LEAN_CLASSES.indexOf(gold) });
    }
  }
  const model: Partial<Record<DimensionId, number[][]>> = {};
  for (const id of LEARNED_DIMENSIONS)
    model[id] = relativeToRow(fitSoftmax(examples[id], SETTINGS), REFERENCE_LEAN, round);
  return model;
}
