import type { GoldCase } from '../../src/schemas/input.ts';
import type { Baseline, Example } from '../baselines/baseline.ts';
import type { LearnedLoad } from './learned.ts';
import { type FullReport, type LabelReport, scoreClassifications, scoreLabels } from './score.ts';

/**
 * A way to get held-out predictions for every gold case: given "train on these, predict those",
 * it calls it once (a separate training file) or once per fold (cross-validation) and returns the
 * predictions aligned with the gold cases.
 */
export type Split = <P>(fitAndPredict: (train: GoldCase[], test: GoldCase[]) => P[]) => P[];

/** Held-out figures of the learned layer and of each baseline, on one split. */
export interface HeldOutScores {
  ours: FullReport | null;
  baselines: Record<string, LabelReport>;
}

/**
 * Trains and scores, on the same split, the learned layer (refitted on each training part, when
 * available) and every baseline.
 */
export function scoreHeldOut(
  cases: readonly GoldCase[],
  split: Split,
  learned: LearnedLoad,
  baselines: readonly Baseline[],
): HeldOutScores {
  let ours: FullReport | null = null;
  if (learned.ok) {
    const { fitModel, createClassifier } = learned.api;
    const results = split((train, test) => {
      const run = createClassifier(fitModel(train));
      return test.map((c) => run(c.text));
    });
    ours = scoreClassifications(cases, results);
  }
  const scored: Record<string, LabelReport> = {};
  for (const baseline of baselines) {
    const labels = split((train, test) => {
      const examples = train.map((c): Example => ({ text: c.text, label: c.orientation }));
      const predict = baseline.train(examples);
      return test.map((c) => predict(c.text));
    });
    scored[baseline.name] = scoreLabels(cases, labels);
  }
  return { ours, baselines: scored };
}
