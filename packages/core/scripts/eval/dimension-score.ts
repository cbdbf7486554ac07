import { DIMENSION_IDS } from '../../src/dimension-ids.ts';
import type { PartialGoldCase } from '../../src/schemas/input.ts';
import type { DimensionId, Lean } from '../../src/schemas/vocabulary.ts';

export { DIMENSION_IDS };

/**
 * Accuracy of predicted leans against gold leans. A figure is null for a dimension no line
 * labels; means are over the dimensions that have a figure.
 */
export interface DimensionScore {
  /** share of the lines labelling the dimension whose predicted lean equals the gold lean */
  perDimension: Record<DimensionId, number | null>;
  /** mean of the seven (of those labelled on some line) */
  mean: number;
  /** the same, only over cases whose gold lean is not 'unknown' (how well stated leans are read) */
  statedPerDimension: Record<DimensionId, number | null>;
  statedMean: number;
  /**
   * how many lines label each dimension; present only when some line leaves a dimension out,
   * since each figure is then over fewer lines than the file has
   */
  labelled?: Record<DimensionId, number>;
}

/**
 * Per-dimension accuracy: predicted lean vs gold lean ('unknown' is a lean like the others, so
 * saying nothing about a dimension the text is silent on is right). Each dimension is scored over
 * the lines that label it; a line that leaves it out (or leaves out `dimensions`) is not counted.
 * Null when no line labels any dimension: there is nothing to score, which is not a score of 0.
 */
export function scoreDimensions(
  cases: readonly PartialGoldCase[],
  predicted: readonly Record<DimensionId, Lean>[],
): DimensionScore | null {
  if (cases.length !== predicted.length) {
    throw new Error(`${cases.length} cases but ${predicted.length} predictions`);
  }
  const all = {} as Record<DimensionId, number | null>;
  const stated = {} as Record<DimensionId, number | null>;
  const labelled = {} as Record<DimensionId, number>;
  for (const id of DIMENSION_IDS) {
    let count = 0;
    let right = 0;
    let statedRight = 0;
    let statedCount = 0;
    cases.forEach((c, i) => {
      const gold = c.dimensions?.[id];
      if (gold === undefined) return;
      count += 1;
      const ok = predicted[i]?.[id] === gold;
      if (ok) right += 1;
      if (gold !== 'unknown') {
        statedCount += 1;
        if (ok) statedRight += 1;
      }
    });
    labelled[id] = count;
    all[id] = count === 0 ? null : right / count;
    stated[id] = count === 0 ? null : statedCount === 0 ? 0 : statedRight / statedCount;
  }
  const scored = DIMENSION_IDS.filter((id) => labelled[id] > 0);
  if (scored.length === 0) return null;
  const mean = (r: Record<DimensionId, number | null>) =>
    scored.reduce((sum, id) => sum + (r[id] ?? 0), 0) / scored.length;
  const score: DimensionScore = {
    perDimension: all,
    mean: mean(all),
    statedPerDimension: stated,
    statedMean: mean(stated),
  };
  const partial = DIMENSION_IDS.some((id) => labelled[id] < cases.length);
  return partial ? { ...score, labelled } : score;
}
