import type { Orientation } from '../../src/schemas/vocabulary.ts';

/** The three labels a gold case can carry. */
export const GOLD_CLASSES = ['customer', 'consumer', 'hybrid'] as const;
/** A gold orientation label. */
export type GoldLabel = (typeof GOLD_CLASSES)[number];
/** Every orientation a system may predict; 'undetermined' always counts as wrong. */
export const PREDICTED_CLASSES = ['customer', 'consumer', 'hybrid', 'undetermined'] as const;

/** Precision, recall and F1 of one gold class. */
export interface ClassScore {
  precision: number;
  recall: number;
  f1: number;
  /** gold cases of this class */
  support: number;
  /** cases predicted as this class */
  predicted: number;
}

/** Orientation figures of one system on one set of cases. */
export interface OrientationScore {
  n: number;
  accuracy: number;
  macroF1: number;
  perClass: Record<GoldLabel, ClassScore>;
  /** confusion[gold][predicted] = count */
  confusion: Record<GoldLabel, Record<Orientation, number>>;
  /** customer predicted as consumer or the reverse */
  swaps: number;
  /** swaps / n */
  swapRate: number;
}

const ratio = (num: number, den: number): number => (den === 0 ? 0 : num / den);

/**
 * Scores predicted orientations against gold labels. Precision of a class nobody predicted is 0,
 * and F1 is 0 when precision + recall is 0, so a system that never says 'hybrid' is not rewarded.
 */
export function scoreOrientation(
  gold: readonly GoldLabel[],
  predicted: readonly Orientation[],
): OrientationScore {
  if (gold.length !== predicted.length) {
    throw new Error(`gold has ${gold.length} labels but ${predicted.length} predictions`);
  }
  const confusion = Object.fromEntries(
    GOLD_CLASSES.map((g) => [g, Object.fromEntries(PREDICTED_CLASSES.map((p) => [p, 0]))]),
  ) as Record<GoldLabel, Record<Orientation, number>>;
  let correct = 0;
  let swaps = 0;
  gold.forEach((g, i) => {
    const p = predicted[i] as Orientation;
    confusion[g][p] += 1;
    if (g === p) correct += 1;
    if ((g === 'customer' && p === 'consumer') || (g === 'consumer' && p === 'customer'))
      swaps += 1;
  });
  const perClass = Object.fromEntries(
    GOLD_CLASSES.map((c): [GoldLabel, ClassScore] => {
      const tp = confusion[c][c];
      const support = sumRow(confusion[c]);
      const predictedCount = GOLD_CLASSES.reduce((sum, g) => sum + confusion[g][c], 0);
      const precision = ratio(tp, predictedCount);
      const recall = ratio(tp, support);
      const f1 = ratio(2 * precision * recall, precision + recall);
      return [c, { precision, recall, f1, support, predicted: predictedCount }];
    }),
  ) as Record<GoldLabel, ClassScore>;
  const n = gold.length;
  const macroF1 = GOLD_CLASSES.reduce((sum, c) => sum + perClass[c].f1, 0) / GOLD_CLASSES.length;
  return {
    n,
    accuracy: ratio(correct, n),
    macroF1,
    perClass,
    confusion,
    swaps,
    swapRate: ratio(swaps, n),
  };
}

function sumRow(row: Record<Orientation, number>): number {
  return PREDICTED_CLASSES.reduce((sum, p) => sum + row[p], 0);
}
