import type { PartialGoldCase } from '../../src/schemas/input.ts';
import type { Baseline, Example } from '../baselines/baseline.ts';
import type { LearnedLoad } from './learned.ts';
import { fitLearned } from './learned-fit.ts';
import { type FullReport, type LabelReport, scoreClassifications, scoreLabels } from './score.ts';

/**
 * A way to get held-out predictions for every gold case: given "train on these, predict those",
 * it calls it once (a separate training file) or once per fold (cross-validation) and returns the
 * predictions aligned with the gold cases.
 */
export type Split = <P>(
  fitAndPredict: (train: PartialGoldCase[], test: PartialGoldCase[]) => P[],
) => P[];

/** Held-out figures of the learned layer and of each baseline, on one split. */
export interface HeldOutScores {
  ours: FullReport | null;
  baselines: Record<string, LabelReport>;
  /**
   * training parts (folds, or the training file) that label some learned dimension on no line, so
   * the learned layer's dimension leans there are the rules' (see `fitLearned`); present only when
   * there is at least one
   */
  dimensionsNotRefitted?: number;
}

/**
 * Trains and scores, on the same split, the learned layer (refitted on each training part, when
 * available; see `fitLearned` for parts that leave labels out) and every baseline.
 */
export function scoreHeldOut(
  cases: readonly PartialGoldCase[],
  split: Split,
  learned: LearnedLoad,
  baselines: readonly Baseline[],
): HeldOutScores {
  let ours: FullReport | null = null;
  let dimensionsNotRefitted = 0;
  if (learned.ok) {
    const results = split((train, test) => {
      const fit = fitLearned(learned.api, train);
      if (!fit.dimensionsRefitted) dimensionsNotRefitted += 1;
      const run = learned.api.createClassifier(fit.model);
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
  const held: HeldOutScores = { ours, baselines: scored };
  return dimensionsNotRefitted === 0 ? held : { ...held, dimensionsNotRefitted };
}
