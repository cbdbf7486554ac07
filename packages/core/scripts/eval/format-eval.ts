import { formatCoverage, formatDimensionsNotRefitted } from './format-coverage.ts';
import { formatFullReport, formatLabelReport } from './format-report.ts';
import { formatNotMarketing } from './not-marketing.ts';
import type { ComparisonRow, EvalReport } from './run.ts';
import { fixed3, percent, table } from './table.ts';

/** The whole eval run as the text `pnpm eval` prints. */
export function formatEval(report: EvalReport): string {
  const { gold, folds, seed } = report;
  const cv = `${folds}-fold CV`;
  const apart = report.notMarketing;
  const sections = [
    `Marketlens eval — ${gold.file}: ${gold.cases} cases, ${apart === undefined ? '' : `${apart.lines} not-marketing line(s) set apart, `}${gold.skipped.length} line(s) skipped${gold.skipped.length > 0 ? ' (listed on stderr)' : ''}`,
    ...present(formatCoverage(gold.labelled, gold.cases)),
    `Cross-validation: stratified ${folds}-fold by orientation, seed ${seed} (same split for every system)`,
    '',
    '== Marketlens, as shipped (in-sample for anything it learned from this file) ==',
    formatFullReport(report.shipped),
    ...(apart === undefined
      ? []
      : [
          '',
          `== Marketlens, as shipped, on the ${apart.lines} line(s) labelled not marketing (gold "undetermined"; in no other figure) ==`,
          formatNotMarketing(apart),
        ]),
    '',
    `== Marketlens, ${cv} (learned layer refitted on k−1 folds, scored on the held-out fold) ==`,
    report.cv.ours === null
      ? (report.cv.oursSkipped ?? 'CV skipped')
      : formatFullReport(report.cv.ours),
    ...present(
      formatDimensionsNotRefitted(
        report.cv.dimensionsNotRefitted,
        folds,
        report.cv.ours?.dimensions != null,
      ),
    ),
  ];
  for (const [name, baseline] of Object.entries(report.cv.baselines)) {
    sections.push('', `== ${name}, ${cv} ==`, formatLabelReport(baseline));
  }
  const trained = report.trained;
  if (trained !== null) {
    const method = `trained on ${trained.file} (${trained.cases} cases${trained.overlap > 0 ? `, ${trained.overlap} gold text(s) also in it` : ''}), scored on ${gold.file}`;
    sections.push(
      '',
      `== Marketlens, ${method} ==`,
      trained.ours === null ? (report.cv.oursSkipped ?? 'skipped') : formatFullReport(trained.ours),
      ...present(
        formatDimensionsNotRefitted(
          trained.dimensionsNotRefitted,
          1,
          trained.ours?.dimensions != null,
        ),
      ),
    );
    for (const [name, baseline] of Object.entries(trained.baselines)) {
      sections.push('', `== ${name}, ${method} ==`, formatLabelReport(baseline));
    }
  }
  sections.push('', '== Side by side ==', formatComparison(report.comparison));
  return `${sections.join('\n')}\n`;
}

/** A line that may be absent, as zero or one lines to spread into a list. */
const present = (line: string | null): string[] => (line === null ? [] : [line]);

/** The side-by-side table: one row per system and method. */
export function formatComparison(rows: readonly ComparisonRow[]): string {
  return table(
    [
      [
        'system',
        'method',
        'accuracy',
        'macro-F1',
        'F1 cust',
        'F1 cons',
        'F1 hybrid',
        'swap',
        'acc [roles-differ]',
      ],
      ...rows.map((r) => [
        r.system,
        r.method,
        fixed3(r.accuracy),
        fixed3(r.macroF1),
        fixed3(r.f1.customer),
        fixed3(r.f1.consumer),
        fixed3(r.f1.hybrid),
        percent(r.swapRate),
        r.rolesDifferAccuracy === null ? '—' : fixed3(r.rolesDifferAccuracy),
      ]),
    ],
    ['left', 'left'],
  );
}
