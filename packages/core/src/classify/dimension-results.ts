import { DIMENSION_BASICS } from '../knowledge/dimension-basics.ts';
import type { DimensionResult, DimensionResults } from '../schemas/result.ts';
import type { DimensionId } from '../schemas/vocabulary.ts';

/** Builds the per-dimension results, one call of `make` per dimension, in display order. */
export function mapDimensions(
  make: (id: DimensionId, name: string) => DimensionResult,
): DimensionResults {
  const entry = (id: DimensionId) =>
    make(id, DIMENSION_BASICS.find((d) => d.id === id)?.name ?? id);
  return {
    scope: entry('scope'),
    audience: entry('audience'),
    focus: entry('focus'),
    relationship: entry('relationship'),
    emphasis: entry('emphasis'),
    insight: entry('insight'),
    market: entry('market'),
  };
}
