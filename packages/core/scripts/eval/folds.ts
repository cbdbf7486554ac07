/**
 * A small seeded PRNG (mulberry32): the same seed gives the same sequence on every platform,
 * so the folds, and therefore every cross-validated figure, are reproducible.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle of a copy, driven by `random`. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Assigns each case to one of `k` folds so that every fold holds each label in (nearly) the same
 * proportion as the whole set. Indices of each label are shuffled with a seeded PRNG and dealt
 * round-robin, the dealing continuing across labels so fold sizes differ by at most one.
 * Returns the fold number (0..k-1) of each case, in input order.
 */
export function stratifiedFolds(labels: readonly string[], k: number, seed: number): number[] {
  if (!Number.isInteger(k) || k < 2) throw new Error(`folds must be an integer ≥ 2, got ${k}`);
  if (k > labels.length)
    throw new Error(`${k} folds need at least ${k} cases, got ${labels.length}`);
  const random = seededRandom(seed);
  const byLabel = new Map<string, number[]>();
  labels.forEach((label, i) => {
    byLabel.set(label, [...(byLabel.get(label) ?? []), i]);
  });
  const fold = new Array<number>(labels.length).fill(0);
  let next = 0;
  for (const label of [...byLabel.keys()].sort()) {
    for (const index of shuffled(byLabel.get(label) ?? [], random)) {
      fold[index] = next;
      next = (next + 1) % k;
    }
  }
  return fold;
}

/**
 * Runs `fitAndPredict` once per fold — trained on the other folds, asked about this one — and
 * returns the out-of-fold predictions aligned with `items`.
 */
export function crossValidate<T, P>(
  items: readonly T[],
  folds: readonly number[],
  k: number,
  fitAndPredict: (train: T[], test: T[]) => P[],
): P[] {
  const out = new Array<P>(items.length);
  for (let f = 0; f < k; f++) {
    const train = items.filter((_, i) => folds[i] !== f);
    const testIndex = items.map((_, i) => i).filter((i) => folds[i] === f);
    const predictions = fitAndPredict(
      train,
      testIndex.map((i) => items[i] as T),
    );
    if (predictions.length !== testIndex.length) {
      throw new Error(`fold ${f}: ${testIndex.length} cases but ${predictions.length} predictions`);
    }
    testIndex.forEach((i, j) => {
      out[i] = predictions[j] as P;
    });
  }
  return out;
}
