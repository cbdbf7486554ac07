import type { PartialGoldCase } from '../../src/schemas/input.ts';
import type { Classification } from '../../src/schemas/result.ts';
import type { DimensionId, Lean, Orientation } from '../../src/schemas/vocabulary.ts';
import { type Calibration, calibration } from './calibration.ts';
import { DIMENSION_IDS, type DimensionScore, scoreDimensions } from './dimension-score.ts';
import { type OrientationScore, scoreOrientation } from './orientation-metrics.ts';
import { type RoleScore, scoreLabelledRole } from './role-score.ts';
import { type SliceScore, scoreSlices } from './slices.ts';

/** What any system that only predicts an orientation is scored on. */
export interface LabelReport {
  orientation: OrientationScore;
  slices: SliceScore[];
}

/**
 * The full report for a system that returns a Classification. A figure is null when no line of
 * the file labels what it measures (dimensions, or one of the roles).
 */
export interface FullReport extends LabelReport {
  dimensions: DimensionScore | null;
  roles: { purchaser: RoleScore | null; endUser: RoleScore | null };
  calibration: Calibration;
}

/** Scores bare orientation labels (the baselines). */
export function scoreLabels(
  cases: readonly PartialGoldCase[],
  labels: readonly Orientation[],
): LabelReport {
  return {
    orientation: scoreOrientation(
      cases.map((c) => c.orientation),
      labels,
    ),
    slices: scoreSlices(cases, labels),
  };
}

/**
 * Scores full classifications: orientation, slices, dimension leans, role spans and calibration
 * (10 equal-width bins over `confidence`, correctness of `orientation`). Orientation, slices and
 * calibration are over every case; dimensions and roles over the cases that label them.
 */
export function scoreClassifications(
  cases: readonly PartialGoldCase[],
  results: readonly Classification[],
): FullReport {
  const labels = results.map((r) => r.orientation);
  const leans = results.map(
    (r) =>
      Object.fromEntries(DIMENSION_IDS.map((id) => [id, r.dimensions[id].lean])) as Record<
        DimensionId,
        Lean
      >,
  );
  return {
    ...scoreLabels(cases, labels),
    dimensions: scoreDimensions(cases, leans),
    roles: {
      purchaser: scoreLabelledRole(
        cases.map((c) => c.purchaser),
        results.map((r) => r.roles.purchaser?.text ?? null),
      ),
      endUser: scoreLabelledRole(
        cases.map((c) => c.endUser),
        results.map((r) => r.roles.endUser?.text ?? null),
      ),
    },
    calibration: calibration(
      results.map((r) => r.confidence),
      results.map((r, i) => r.orientation === cases[i]?.orientation),
    ),
  };
}
