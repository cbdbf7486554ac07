import type { EvalGoldCase } from '../../src/schemas/input.ts';
import type { Classification } from '../../src/schemas/result.ts';
import type { Orientation } from '../../src/schemas/vocabulary.ts';
import { PREDICTED_CLASSES } from './orientation-metrics.ts';
import { fixed3 } from './table.ts';

/**
 * What the shipped classifier made of the lines labelled not marketing (gold `undetermined`).
 * Those lines are set apart from every other figure; this is all that is said about them.
 */
export interface NotMarketingScore {
  /** lines labelled `undetermined` */
  lines: number;
  /** of those, how many the classifier also left undetermined (the right answer) */
  undetermined: number;
  /** what it answered on those lines, per orientation (sums to `lines`) */
  predicted: Record<Orientation, number>;
  /** the lines it called marketing, in file order, with what it called them */
  calledMarketing: { id: string; orientation: Exclude<Orientation, 'undetermined'> }[];
}

/** Counts the answers on the lines labelled not marketing; null when there are none. */
export function scoreNotMarketing(
  cases: readonly EvalGoldCase[],
  results: readonly Classification[],
): NotMarketingScore | null {
  if (cases.length === 0) return null;
  const predicted = Object.fromEntries(PREDICTED_CLASSES.map((c) => [c, 0])) as Record<
    Orientation,
    number
  >;
  const calledMarketing: NotMarketingScore['calledMarketing'] = [];
  cases.forEach((c, i) => {
    const orientation = results[i]?.orientation ?? 'undetermined';
    predicted[orientation] += 1;
    if (orientation !== 'undetermined') calledMarketing.push({ id: c.id, orientation });
  });
  return { lines: cases.length, undetermined: predicted.undetermined, predicted, calledMarketing };
}

/** The report's section on the lines labelled not marketing, as text. */
export function formatNotMarketing(score: NotMarketingScore): string {
  const { lines, undetermined, predicted: p } = score;
  const called = lines - undetermined;
  return [
    `left undetermined: ${undetermined} of ${lines} (${fixed3(undetermined / lines)})`,
    `called marketing:  ${called} (customer ${p.customer}, consumer ${p.consumer}, hybrid ${p.hybrid})`,
    ...wrap(score.calledMarketing.map((c) => `${c.id} ${c.orientation}`)),
  ].join('\n');
}

/** Items joined with commas, two spaces in, in lines of at most about 100 characters. */
function wrap(items: readonly string[]): string[] {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    if (line !== '' && line.length + item.length + 2 > 100) {
      lines.push(`${line},`);
      line = '';
    }
    line = line === '' ? `  ${item}` : `${line}, ${item}`;
  }
  return line === '' ? lines : [...lines, line];
}
