import { formatDimensions } from './format-dimensions.ts';
import { formatRoles } from './format-roles.ts';
import { GOLD_CLASSES, PREDICTED_CLASSES } from './orientation-metrics.ts';
import type { FullReport, LabelReport } from './score.ts';
import { fixed3, percent, table } from './table.ts';

/** Orientation figures, confusion matrix and slices of one system, as text. */
export function formatLabelReport(report: LabelReport): string {
  const o = report.orientation;
  const head = `accuracy ${fixed3(o.accuracy)}   macro-F1 ${fixed3(o.macroF1)}   swap rate ${percent(o.swapRate)} (${o.swaps}/${o.n} customer↔consumer)`;
  const classes = table([
    ['class', 'precision', 'recall', 'F1', 'support', 'predicted'],
    ...GOLD_CLASSES.map((c) => {
      const s = o.perClass[c];
      return [
        c,
        fixed3(s.precision),
        fixed3(s.recall),
        fixed3(s.f1),
        `${s.support}`,
        `${s.predicted}`,
      ];
    }),
  ]);
  const confusion = table([
    ['gold \\ predicted', ...PREDICTED_CLASSES],
    ...GOLD_CLASSES.map((g) => [g, ...PREDICTED_CLASSES.map((p) => `${o.confusion[g][p]}`)]),
  ]);
  const slices = table([
    ['slice (note tag)', 'cases', 'correct', 'accuracy'],
    ...report.slices.map((s) => [
      `[${s.tag}]`,
      `${s.n}`,
      `${s.correct}`,
      s.accuracy === null ? '—' : fixed3(s.accuracy),
    ]),
  ]);
  return [head, '', classes, '', confusion, '', slices].join('\n');
}

/** Every figure of a full report (orientation, dimensions, roles, calibration), as text. */
export function formatFullReport(report: FullReport): string {
  const c = report.calibration;
  const reliability = table([
    ['confidence bin', 'cases', 'mean conf', 'accuracy', 'gap'],
    ...c.bins.map((b) => [
      `[${b.lo.toFixed(1)}, ${b.hi.toFixed(1)}${b.hi === 1 ? ']' : ')'}`,
      `${b.count}`,
      b.count === 0 ? '—' : fixed3(b.meanConfidence),
      b.count === 0 ? '—' : fixed3(b.accuracy),
      b.count === 0 ? '—' : fixed3(Math.abs(b.accuracy - b.meanConfidence)),
    ]),
  ]);
  return [
    formatLabelReport(report),
    '',
    formatDimensions(report.dimensions),
    '',
    formatRoles(report.roles, report.orientation.n),
    '',
    `calibration: ECE ${fixed3(c.ece)}   MCE ${fixed3(c.mce)}   (10 equal-width bins over confidence)`,
    reliability,
  ].join('\n');
}
