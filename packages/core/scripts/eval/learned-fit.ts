import { LEARNED_DIMENSIONS } from '../../src/model/fit-dimensions.ts';
import type { GoldCase, PartialGoldCase } from '../../src/schemas/input.ts';
import type { LearnedApi } from './learned.ts';

/** A model fitted on one training part, and whether its dimension part was fitted too. */
export interface LearnedFit {
  model: unknown;
  /** false when the training part did not label every learned dimension: leans are the rules' */
  dimensionsRefitted: boolean;
}

/**
 * Fits the learned layer on eval cases, some of which may leave labels out. The orientation part
 * is fitted on every case (it reads only id, text and orientation). The dimension part learns each
 * dimension from the cases that label it (as `fitDimensionModel` does); when some learned dimension
 * is labelled by no training case there is nothing to fit it on, so the dimension part is left out
 * and the rules give every lean. The orientation is the same either way. A training part in the
 * full format is fitted exactly as before.
 */
export function fitLearned(api: LearnedApi, train: readonly PartialGoldCase[]): LearnedFit {
  const cases = train.map(asTrainingCase);
  const dimensionsRefitted = LEARNED_DIMENSIONS.every((id) =>
    train.some((c) => c.dimensions?.[id] !== undefined),
  );
  return {
    model: dimensionsRefitted ? api.fitModel(cases) : api.fitModel(cases, { fitDimensions: false }),
    dimensionsRefitted,
  };
}

/**
 * A case as `fitModel` takes it. A dimension left out stays out (the dimension fit skips it); a
 * role left out becomes null only to fill the type, as fitting reads no role.
 */
function asTrainingCase(c: PartialGoldCase): GoldCase {
  return {
    ...c,
    dimensions: (c.dimensions ?? {}) as GoldCase['dimensions'],
    purchaser: c.purchaser ?? null,
    endUser: c.endUser ?? null,
  };
}
