import { DIMENSION_IDS } from '../dimension-ids.ts';
import { DIMENSION_BASICS } from '../knowledge/dimension-basics.ts';
import type { DimensionResult, DimensionResults } from '../schemas/result.ts';
import type { DimensionId } from '../schemas/vocabulary.ts';

/** Builds the per-dimension results, one call of `make` per dimension, in display order. */
export function mapDimensions(
  make: (id: DimensionId, name: string) => DimensionResult,
): DimensionResults {
  return Object.fromEntries(
    DIMENSION_IDS.map((id) => [
      id,
      make(id, DIMENSION_BASICS.find((d) => d.id === id)?.name ?? id),
    ]),
  ) as DimensionResults;
}
