import { classify } from '../../src/index.ts';
import type { GoldCase } from '../../src/schemas/input.ts';
import type { Baseline, Example } from '../baselines/baseline.ts';
import { naturalLogisticRegression } from '../baselines/natural-logistic-regression.ts';
import { winkNaiveBayes } from '../baselines/wink-naive-bayes.ts';
import { crossValidate, stratifiedFolds } from './folds.ts';
import type { GoldProblem } from './gold.ts';
import { type LearnedLoad, loadLearnedApi } from './learned.ts';
import { type FullReport, type LabelReport, scoreClassifications, scoreLabels } from './score.ts';

/** The generic classifiers Marketlens is compared with. */
export const BASELINES: readonly Baseline[] = [winkNaiveBayes, naturalLogisticRegression];

/** Default seed of the fold split: any fixed number; this one is the date the split was fixed. */
export const DEFAULT_SEED = 20261123;

/** One line of the side-by-side table. */
export interface ComparisonRow {
  system: string;
  method: string;
  accuracy: number;
  macroF1: number;
  f1: { customer: number; consumer: number; hybrid: number };
  swapRate: number;
  /** accuracy on [roles-differ] cases, null when the file has none */
  rolesDifferAccuracy: number | null;
}

/** Everything one eval run measures; `--json` prints exactly this. */
export interface EvalReport {
  gold: { file: string; cases: number; skipped: GoldProblem[] };
  folds: number;
  seed: number;
  shipped: FullReport;
  cv: {
    ours: FullReport | null;
    oursSkipped: string | null;
    baselines: Record<string, LabelReport>;
  };
  comparison: ComparisonRow[];
}

/** Inputs of {@link runEval}. */
export interface EvalInput {
  file: string;
  cases: readonly GoldCase[];
  problems: readonly GoldProblem[];
  folds: number;
  seed: number;
  /** injectable for tests; defaults to loading src/model/fit.ts and create-classifier.ts */
  learned?: LearnedLoad;
  baselines?: readonly Baseline[];
}

/**
 * Scores the shipped classifier on every case, then — on one stratified k-fold split — the
 * learned layer refitted per fold (when available) and each baseline trained per fold.
 */
export async function runEval(input: EvalInput): Promise<EvalReport> {
  const { cases, folds: k, seed } = input;
  const folds = stratifiedFolds(
    cases.map((c) => c.orientation),
    k,
    seed,
  );
  const shipped = scoreClassifications(
    cases,
    cases.map((c) => classify(c.text)),
  );

  const learned = input.learned ?? (await loadLearnedApi());
  let ours: FullReport | null = null;
  if (learned.ok) {
    const { fitModel, createClassifier } = learned.api;
    const results = crossValidate(cases, folds, k, (train, test) => {
      const run = createClassifier(fitModel(train));
      return test.map((c) => run(c.text));
    });
    ours = scoreClassifications(cases, results);
  }

  const baselines: Record<string, LabelReport> = {};
  for (const baseline of input.baselines ?? BASELINES) {
    const labels = crossValidate(cases, folds, k, (train, test) => {
      const predict = baseline.train(
        train.map((c): Example => ({ text: c.text, label: c.orientation })),
      );
      return test.map((c) => predict(c.text));
    });
    baselines[baseline.name] = scoreLabels(cases, labels);
  }

  const cvMethod = `${k}-fold CV`;
  const comparison = [
    row('Marketlens', 'as shipped', shipped),
    ...(ours === null ? [] : [row('Marketlens', cvMethod, ours)]),
    ...Object.entries(baselines).map(([name, report]) => row(name, cvMethod, report)),
  ];
  return {
    gold: { file: input.file, cases: cases.length, skipped: [...input.problems] },
    folds: k,
    seed,
    shipped,
    cv: { ours, oursSkipped: learned.ok ? null : learned.reason, baselines },
    comparison,
  };
}

function row(system: string, method: string, report: LabelReport): ComparisonRow {
  const o = report.orientation;
  return {
    system,
    method,
    accuracy: o.accuracy,
    macroF1: o.macroF1,
    f1: {
      customer: o.perClass.customer.f1,
      consumer: o.perClass.consumer.f1,
      hybrid: o.perClass.hybrid.f1,
    },
    swapRate: o.swapRate,
    rolesDifferAccuracy: report.slices.find((s) => s.tag === 'roles-differ')?.accuracy ?? null,
  };
}
