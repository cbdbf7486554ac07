import { DIMENSION_IDS } from '../dimension-ids.ts';
import type { DimensionId } from '../schemas/vocabulary.ts';
import type { CueHit } from './evidence.ts';

/** Summed evidence for each pole of one dimension. */
export interface PoleTotals {
  customer: number;
  consumer: number;
}

/** Evidence totals per dimension. */
export type DimensionScores = Record<DimensionId, PoleTotals>;

/** Adds up the weighted hits per dimension and pole. */
export function scoreDimensions(hits: readonly CueHit[]): DimensionScores {
  const scores = Object.fromEntries(
    DIMENSION_IDS.map((id) => [id, { customer: 0, consumer: 0 }]),
  ) as DimensionScores;
  for (const hit of hits) {
    const weights = hit.weights;
    for (const dimension in weights) {
      scores[dimension as DimensionId][hit.pole] += weights[dimension as DimensionId] ?? 0;
    }
  }
  return scores;
}
