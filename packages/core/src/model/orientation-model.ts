import type { DimensionModel } from './dimension-model.ts';

/** The three orientations the model chooses between, in weight-row order. */
export const MODEL_CLASSES = ['customer', 'consumer', 'hybrid'] as const;

/** One of `MODEL_CLASSES`. */
export type ModelClass = (typeof MODEL_CLASSES)[number];

/**
 * A multinomial logistic regression over the features of `features.ts`, with a temperature
 * that calibrates its probabilities. Plain data: it is what training writes and ships. The
 * features' names are not part of it (a bundle would carry them for nothing): training writes
 * them beside it, as `TRAINED_FEATURES`.
 */
export interface OrientationModel {
  /** One row of weights per class, in `MODEL_CLASSES` order; a column per feature. */
  readonly weights: readonly (readonly number[])[];
  /** Divides the logits before the softmax; fitted on held-out predictions. */
  readonly temperature: number;
  /** The learned reading of the dimension leans, fitted beside it; without it, the rules alone. */
  readonly dimensions?: DimensionModel;
}

/** Class probabilities for one feature vector, in `MODEL_CLASSES` order. */
export function predictProbabilities(
  model: OrientationModel,
  features: readonly number[],
): number[] {
  const logits = model.weights.map(
    (row) =>
      row.reduce((sum, weight, i) => sum + weight * (features[i] ?? 0), 0) / model.temperature,
  );
  const max = Math.max(...logits);
  const exps = logits.map((logit) => Math.exp(logit - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}
