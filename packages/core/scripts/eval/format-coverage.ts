import type { LabelCoverage } from './coverage.ts';

/**
 * One line under the report's headline saying which labels the file gives on fewer lines than it
 * has, e.g. "Labels: dimensions not labelled in this file; purchaser on 80 of 120 lines — …".
 * Null when every line gives every label (or nothing is short of the total).
 */
export function formatCoverage(labelled: LabelCoverage | undefined, lines: number): string | null {
  if (labelled === undefined) return null;
  const parts = (['dimensions', 'purchaser', 'endUser'] as const).flatMap((label) => {
    const n = labelled[label];
    if (n === 0) return [`${label} not labelled in this file`];
    return n < lines ? [`${label} on ${n} of ${lines} lines`] : [];
  });
  if (parts.length === 0) return null;
  return `Labels: ${parts.join('; ')} — figures on a label count only the lines that give it`;
}

/**
 * Said under a learned layer's figures when some training part labels a learned dimension on no
 * line, so its dimension leans there are the rules' (orientation, roles and calibration are
 * unaffected). Null when every part refitted the dimension part.
 */
export function formatDimensionsNotRefitted(
  parts: number | undefined,
  of: number,
  scored: boolean,
): string | null {
  if (parts === undefined || !scored) return null;
  return `dimension leans: the rules' in ${parts} of ${of} training part(s), which label some learned dimension on no line`;
}
