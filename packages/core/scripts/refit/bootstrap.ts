/**
 * Resampling and summary statistics for `refit-check`: how much a figure moves when the learned
 * layer is refitted on slightly different training data.
 *
 * @module
 */

/** `n` indices drawn with replacement from 0..n-1 (a bootstrap sample), driven by `random`. */
export function bootstrapIndices(n: number, random: () => number): number[] {
  return Array.from({ length: n }, () => Math.floor(random() * n));
}

/** Mean and sample standard deviation (0 for fewer than two values). */
export function meanAndSd(values: readonly number[]): { mean: number; sd: number } {
  if (values.length === 0) return { mean: Number.NaN, sd: 0 };
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  if (values.length < 2) return { mean, sd: 0 };
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (values.length - 1);
  return { mean, sd: Math.sqrt(variance) };
}

/** How paired rounds compare: the differences `after − before`, summarised. */
export interface PairedComparison {
  readonly mean: number;
  readonly sd: number;
  /** Rounds where `after` got more right, fewer right, and as many. */
  readonly better: number;
  readonly worse: number;
  readonly same: number;
}

/** Compares two runs round by round; both must have the same number of rounds. */
export function comparePaired(
  before: readonly number[],
  after: readonly number[],
): PairedComparison {
  if (before.length !== after.length)
    throw new Error(`cannot pair ${before.length} rounds with ${after.length}`);
  const differences = after.map((value, i) => value - (before[i] as number));
  return {
    ...meanAndSd(differences),
    better: differences.filter((d) => d > 0).length,
    worse: differences.filter((d) => d < 0).length,
    same: differences.filter((d) => d === 0).length,
  };
}
