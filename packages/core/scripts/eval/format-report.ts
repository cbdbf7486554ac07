import { DIMENSION_IDS } from './dimension-score.ts';
import { GOLD_CLASSES, PREDICTED_CLASSES } from './orientation-metrics.ts';
import type { RoleScore } from './role-score.ts';
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
  const d = report.dimensions;
  const dims = table([
    ['dimension', 'accuracy', 'stated-only'],
    ...DIMENSION_IDS.map((id) => [
      id,
      fixed3(d.perDimension[id]),
      fixed3(d.statedPerDimension[id]),
    ]),
    ['mean', fixed3(d.mean), fixed3(d.statedMean)],
  ]);
  const roles = table([
    ['role', 'recall', 'precision', 'hits', 'gold', 'predicted'],
    roleRow('purchaser', report.roles.purchaser),
    roleRow('endUser', report.roles.endUser),
  ]);
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
    'per-dimension accuracy (predicted lean = gold lean; stated-only: gold lean not unknown)',
    dims,
    '',
    'roles (a hit: the spans share ≥ half the gold content words, or the gold head noun)',
    roles,
    '',
    `calibration: ECE ${fixed3(c.ece)}   MCE ${fixed3(c.mce)}   (10 equal-width bins over confidence)`,
    reliability,
  ].join('\n');
}

function roleRow(name: string, s: RoleScore): string[] {
  return [name, fixed3(s.recall), fixed3(s.precision), `${s.hits}`, `${s.gold}`, `${s.predicted}`];
}
