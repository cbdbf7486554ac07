import type { PartialGoldCase } from '../../src/schemas/input.ts';
import { DIMENSION_IDS } from './dimension-score.ts';

/**
 * How many lines of a gold file give each label a line may leave out (see
 * `PartialGoldCaseSchema`). Orientation and text are always given, so they are not counted.
 */
export interface LabelCoverage {
  /** lines that label at least one of the seven dimensions */
  dimensions: number;
  /** lines with a `purchaser` key (null included: "the text names no one" is a label) */
  purchaser: number;
  /** lines with an `endUser` key (null included) */
  endUser: number;
}

/** True when a case labels at least one dimension. */
export function labelsDimensions(c: PartialGoldCase): boolean {
  return DIMENSION_IDS.some((id) => c.dimensions?.[id] !== undefined);
}

/** Counts the lines that give each optional label. */
export function labelCoverage(cases: readonly PartialGoldCase[]): LabelCoverage {
  return {
    dimensions: cases.filter(labelsDimensions).length,
    purchaser: cases.filter((c) => c.purchaser !== undefined).length,
    endUser: cases.filter((c) => c.endUser !== undefined).length,
  };
}

/**
 * The coverage when some line leaves a label out (a dimension id, a role), else null: a file in the
 * full format has nothing to say here, and its report stays as it always was.
 */
export function partialCoverage(cases: readonly PartialGoldCase[]): LabelCoverage | null {
  const complete = cases.every(
    (c) =>
      c.purchaser !== undefined &&
      c.endUser !== undefined &&
      DIMENSION_IDS.every((id) => c.dimensions?.[id] !== undefined),
  );
  return complete ? null : labelCoverage(cases);
}
