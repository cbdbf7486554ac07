import { DIMENSION_IDS } from '../../src/dimension-ids.ts';
import type { GoldCase } from '../../src/schemas/input.ts';
import type { DimensionId, Lean } from '../../src/schemas/vocabulary.ts';

export { DIMENSION_IDS };

/** Accuracy of predicted leans against gold leans. */
export interface DimensionScore {
  /** share of all cases whose predicted lean equals the gold lean, per dimension */
  perDimension: Record<DimensionId, number>;
  /** mean of the seven */
  mean: number;
  /** the same, only over cases whose gold lean is not 'unknown' (how well stated leans are read) */
  statedPerDimension: Record<DimensionId, number>;
  statedMean: number;
}

/**
 * Per-dimension accuracy: predicted lean vs gold lean on every case ('unknown' is a lean like the
 * others, so saying nothing about a dimension the text is silent on is right). A gold case that
 * omits a dimension is read as 'unknown'.
 */
export function scoreDimensions(
  cases: readonly GoldCase[],
  predicted: readonly Record<DimensionId, Lean>[],
): DimensionScore {
  if (cases.length !== predicted.length) {
    throw new Error(`${cases.length} cases but ${predicted.length} predictions`);
  }
  const all = {} as Record<DimensionId, number>;
  const stated = {} as Record<DimensionId, number>;
  for (const id of DIMENSION_IDS) {
    let right = 0;
    let statedRight = 0;
    let statedCount = 0;
    cases.forEach((c, i) => {
      const gold = c.dimensions[id] ?? 'unknown';
      const ok = predicted[i]?.[id] === gold;
      if (ok) right += 1;
      if (gold !== 'unknown') {
        statedCount += 1;
        if (ok) statedRight += 1;
      }
    });
    all[id] = cases.length === 0 ? 0 : right / cases.length;
    stated[id] = statedCount === 0 ? 0 : statedRight / statedCount;
  }
  const mean = (r: Record<DimensionId, number>) =>
    DIMENSION_IDS.reduce((sum, id) => sum + r[id], 0) / DIMENSION_IDS.length;
  return {
    perDimension: all,
    mean: mean(all),
    statedPerDimension: stated,
    statedMean: mean(stated),
  };
}
