import { DIMENSION_IDS, type DimensionScore } from './dimension-score.ts';
import { fixed3, table } from './table.ts';

const TITLE =
  'per-dimension accuracy (predicted lean = gold lean; stated-only: gold lean not unknown)';

/** Said instead of a table when no line of the file labels a dimension. */
export const DIMENSIONS_NOT_LABELLED = 'dimensions: not labelled in this file';

/**
 * The per-dimension section of a full report, as text. When some line leaves a dimension out, a
 * `lines` column says how many lines each figure is over; a dimension no line labels shows "—".
 */
export function formatDimensions(d: DimensionScore | null): string {
  if (d === null) return DIMENSIONS_NOT_LABELLED;
  const { labelled } = d;
  const cell = (x: number | null) => (x === null ? '—' : fixed3(x));
  const rows = table([
    ['dimension', 'accuracy', 'stated-only', ...(labelled ? ['lines'] : [])],
    ...DIMENSION_IDS.map((id) => [
      id,
      cell(d.perDimension[id]),
      cell(d.statedPerDimension[id]),
      ...(labelled ? [`${labelled[id]}`] : []),
    ]),
    ['mean', fixed3(d.mean), fixed3(d.statedMean), ...(labelled ? [''] : [])],
  ]);
  if (labelled === undefined) return [TITLE, rows].join('\n');
  const note =
    'each dimension over the lines that label it (lines); the means over the dimensions some line labels';
  return [TITLE, note, rows].join('\n');
}
