import { analyse } from '../analysis/analyse.ts';
import type { GoldCase } from '../schemas/input.ts';
import { extractFeatures, FEATURE_NAMES } from './features.ts';
import { fitDimensionModel } from './fit-dimensions.ts';
import { MODEL_CLASSES, type OrientationModel, predictProbabilities } from './orientation-model.ts';
import { type Example, fitSoftmax, relativeToRow } from './softmax-fit.ts';

/**
 * Training settings; fixed so that training is deterministic. The fit runs to convergence, with
 * a penalty that weakens as cases accumulate (an L2 of `PRIOR` / cases): 2,000+ cases against 20
 * features leave little to shrink, while a 160-case cross-validation fold still needs some. The
 * earlier fixed L2 of 0.02 after 1,500 steps of 0.3 stopped short of the optimum and cost 18 right
 * answers on the unseen sets (`pnpm --filter @marketlens/core refit-check`, 2026-12-04).
 */
const PRIOR = 0.3;
const ITERATIONS = 4000;
const LEARNING_RATE = 1;
const TEMPERATURE_FOLDS = 5;
/** From this many writers on, the temperature is fitted leaving one writer out at a time. */
const MIN_WRITER_FOLDS = 3;
const TEMPERATURES = Array.from({ length: 57 }, (_, i) => 0.2 + i * 0.05);

/** Fits the orientation model's weights (see `fitSoftmax`). */
function fitWeights(examples: readonly Example[]): number[][] {
  return fitSoftmax(examples, {
    classes: MODEL_CLASSES.length,
    features: FEATURE_NAMES.length,
    iterations: ITERATIONS,
    learningRate: LEARNING_RATE,
    prior: PRIOR,
  });
}

/** Deterministic stratified folds: the i-th case of each class goes to fold i mod k. */
export function stratifiedFolds<T>(
  items: readonly T[],
  labelOf: (item: T) => string,
  k: number,
): number[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const label = labelOf(item);
    const n = seen.get(label) ?? 0;
    seen.set(label, n + 1);
    return n % k;
  });
}

/**
 * The writer of a case, from its id ("dev-014" → "dev", "a-131" → "a"): cases from one file
 * share a prefix.
 */
function writerOf(id: string): string {
  const cut = id.lastIndexOf('-');
  return cut > 0 ? id.slice(0, cut) : '';
}

/**
 * Folds for fitting the temperature. With cases from several writers, each writer is one fold, so
 * the temperature is fitted on predictions for writers the weights never saw — as every real
 * brief will be; confidence fitted on the same writers is too sure of itself on new ones. With
 * one writer, stratified folds.
 */
function temperatureFolds(examples: readonly Example[], ids: readonly string[]): number[] {
  const writers = [...new Set(ids.map(writerOf))];
  if (writers.length >= MIN_WRITER_FOLDS) return ids.map((id) => writers.indexOf(writerOf(id)));
  return stratifiedFolds(examples, (e) => String(e.y), TEMPERATURE_FOLDS);
}

/** The temperature that minimises the log-loss of out-of-fold predictions. */
function fitTemperature(examples: readonly Example[], ids: readonly string[]): number {
  const folds = temperatureFolds(examples, ids);
  const foldCount = Math.max(...folds) + 1;
  const heldOut: { x: readonly number[]; y: number; weights: number[][] }[] = [];
  for (let fold = 0; fold < foldCount; fold++) {
    const weights = fitWeights(examples.filter((_, i) => folds[i] !== fold));
    for (const [i, example] of examples.entries())
      if (folds[i] === fold) heldOut.push({ ...example, weights });
  }
  let best = 1;
  let bestLoss = Number.POSITIVE_INFINITY;
  for (const temperature of TEMPERATURES) {
    let loss = 0;
    for (const { x, y, weights } of heldOut) {
      const p = predictProbabilities({ weights, temperature }, x);
      loss -= Math.log(Math.max(p[y] ?? 0, 1e-12));
    }
    if (loss < bestLoss) {
      bestLoss = loss;
      best = temperature;
    }
  }
  return best;
}

/** Options of `fitModel`. */
export interface FitOptions {
  /**
   * Fit the temperature on held-out writers (default true). Without it the temperature is 1:
   * the same choices, uncalibrated confidence, and about a fifteenth of the work — for tools
   * that only count right answers.
   */
  readonly fitTemperature?: boolean;
  /**
   * Fit the dimension model beside it (default true). Without it the dimension leans are the
   * rules' alone; the orientation is the same either way.
   */
  readonly fitDimensions?: boolean;
}

/** The class whose row the others are stored relative to (see `relativeToRow`). */
const REFERENCE_CLASS = MODEL_CLASSES.indexOf('consumer');

/**
 * Weights as shipped: in thousandths, as whole numbers (the same verdicts as six decimals on every
 * labelled set, 174 bytes less in the classify bundle; whole numbers 24 bytes less again), with
 * the temperature scaled by as much, and relative to the consumer row (43 bytes less, same
 * probabilities).
 */
const WEIGHT_SCALE = 1e3;
const roundWeight = (weight: number) => Math.round(weight * WEIGHT_SCALE);

/**
 * Fits the orientation model on labelled cases, and the dimension model beside it: the cue
 * analysis is fixed knowledge, only the weighing of its features is learned. Deterministic: same
 * cases, same model.
 */
export function fitModel(cases: readonly GoldCase[], options: FitOptions = {}): OrientationModel {
  const examples = cases.map((c) => ({
    x: extractFeatures(analyse(c.text)),
    y: MODEL_CLASSES.indexOf(c.orientation),
  }));
  const weights = fitWeights(examples);
  const orientation: OrientationModel = {
    weights: relativeToRow(weights, REFERENCE_CLASS, roundWeight),
    temperature:
      WEIGHT_SCALE *
      (options.fitTemperature === false
        ? 1
        : fitTemperature(
            examples,
            cases.map((c) => c.id),
          )),
  };
  if (options.fitDimensions === false) return orientation;
  return { ...orientation, dimensions: fitDimensionModel(cases, orientation) };
}
