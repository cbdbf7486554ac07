import { basename } from 'node:path';
import { classify } from '../../src/index.ts';
import type { EvalGoldCase } from '../../src/schemas/input.ts';
import type { Baseline } from '../baselines/baseline.ts';
import { naturalLogisticRegression } from '../baselines/natural-logistic-regression.ts';
import { winkNaiveBayes } from '../baselines/wink-naive-bayes.ts';
import { type LabelCoverage, partialCoverage } from './coverage.ts';
import { crossValidate, stratifiedFolds } from './folds.ts';
import { type GoldProblem, isMarketing } from './gold.ts';
import { type LearnedLoad, loadLearnedApi } from './learned.ts';
import { type NotMarketingScore, scoreNotMarketing } from './not-marketing.ts';
import { type FullReport, type LabelReport, scoreClassifications } from './score.ts';
import { type HeldOutScores, scoreHeldOut } from './systems.ts';

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
  /**
   * `labelled`: how many lines give each label a line may leave out (dimensions, purchaser,
   * endUser); present only when some line leaves one out, since figures on those labels are then
   * over fewer lines than `cases`
   */
  gold: { file: string; cases: number; skipped: GoldProblem[]; labelled?: LabelCoverage };
  folds: number;
  seed: number;
  shipped: FullReport;
  /**
   * the shipped classifier on the lines labelled not marketing (gold `undetermined`), which no
   * other figure counts (`gold.cases` is the marketing lines); present only when there are some
   */
  notMarketing?: NotMarketingScore;
  cv: HeldOutScores & { oursSkipped: string | null };
  /** with --train: every system trained on that file whole, scored on the gold file */
  trained: (HeldOutScores & { file: string; cases: number; overlap: number }) | null;
  comparison: ComparisonRow[];
}

/** Inputs of {@link runEval}. */
export interface EvalInput {
  file: string;
  /** every usable line; those labelled `undetermined` are set apart (see `notMarketing`) */
  cases: readonly EvalGoldCase[];
  problems: readonly GoldProblem[];
  folds: number;
  seed: number;
  /** a separate training file (e.g. the dev set when the gold is a holdout set) */
  train?: { file: string; cases: readonly EvalGoldCase[] };
  /** injectable for tests; defaults to loading src/model/fit.ts and create-classifier.ts */
  learned?: LearnedLoad;
  baselines?: readonly Baseline[];
}

/**
 * Sets the lines labelled not marketing apart (the shipped classifier's answers on them are only
 * counted, in `notMarketing`; nothing is trained on them, in the gold or the training file) and
 * scores the shipped classifier on every other case; then, on one stratified k-fold split, the
 * learned layer refitted per fold (when available) and each baseline trained per fold; and, with
 * a training file, all of them trained on it and scored on the gold cases.
 */
export async function runEval(input: EvalInput): Promise<EvalReport> {
  const { folds: k, seed } = input;
  const cases = input.cases.filter(isMarketing);
  const apart = input.cases.filter((c) => !isMarketing(c));
  const notMarketing = scoreNotMarketing(
    apart,
    apart.map((c) => classify(c.text)),
  );
  const baselines = input.baselines ?? BASELINES;
  const learned = input.learned ?? (await loadLearnedApi());
  const shipped = scoreClassifications(
    cases,
    cases.map((c) => classify(c.text)),
  );

  const folds = stratifiedFolds(
    cases.map((c) => c.orientation),
    k,
    seed,
  );
  const cv = scoreHeldOut(cases, (f) => crossValidate(cases, folds, k, f), learned, baselines);

  let trained: EvalReport['trained'] = null;
  if (input.train !== undefined) {
    const train = input.train.cases.filter(isMarketing);
    const texts = new Set(train.map((c) => c.text.trim().toLowerCase()));
    trained = {
      file: input.train.file,
      cases: train.length,
      overlap: cases.filter((c) => texts.has(c.text.trim().toLowerCase())).length,
      ...scoreHeldOut(cases, (f) => f(train, [...cases]), learned, baselines),
    };
  }

  const cvMethod = `${k}-fold CV`;
  const trainedMethod = `trained on ${basename(input.train?.file ?? '')}`;
  const comparison = [
    row('Marketlens', 'as shipped', shipped),
    ...(cv.ours === null ? [] : [row('Marketlens', cvMethod, cv.ours)]),
    ...(trained?.ours ? [row('Marketlens', trainedMethod, trained.ours)] : []),
    ...Object.entries(cv.baselines).map(([name, report]) => row(name, cvMethod, report)),
    ...Object.entries(trained?.baselines ?? {}).map(([name, r]) => row(name, trainedMethod, r)),
  ];
  const labelled = partialCoverage(cases);
  return {
    gold: {
      file: input.file,
      cases: cases.length,
      skipped: [...input.problems],
      ...(labelled === null ? {} : { labelled }),
    },
    folds: k,
    seed,
    shipped,
    ...(notMarketing === null ? {} : { notMarketing }),
    cv: { ...cv, oursSkipped: learned.ok ? null : learned.reason },
    trained,
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
