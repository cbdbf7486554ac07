/**
 * The fitting both learned layers share: a multinomial logistic regression by full-batch
 * gradient descent. Deterministic: same examples and settings, same weights, bit for bit.
 *
 * @module
 */

/** One labelled example: its feature vector and its class index. */
export interface Example {
  readonly x: readonly number[];
  readonly y: number;
}

/** How a fit runs. */
export interface SoftmaxSettings {
  readonly classes: number;
  readonly features: number;
  readonly iterations: number;
  readonly learningRate: number;
  /** The L2 penalty is `prior` / cases (so it weakens as cases accumulate); the bias is exempt. */
  readonly prior: number;
}

/**
 * Full-batch gradient descent on the softmax cross-entropy with an L2 penalty (bias, the first
 * feature, excluded). The loop runs iterations × cases × classes × features times (4,000 ×
 * 2,207 × 3 × 20 for the shipped orientation model), so it works on flat typed arrays and writes
 * the softmax out inline; it performs the same floating-point operations in the same order as
 * `predictProbabilities`, so the weights are bit for bit those of a plain version that called it
 * for every case. Returns one row of weights per class.
 */
export function fitSoftmax(examples: readonly Example[], settings: SoftmaxSettings): number[][] {
  const { classes: k, features: d, iterations, learningRate, prior } = settings;
  const n = examples.length;
  const xs = new Float64Array(n * d);
  const ys = new Int32Array(n);
  examples.forEach(({ x, y }, e) => {
    for (let j = 0; j < d; j++) xs[e * d + j] = x[j] ?? 0;
    ys[e] = y;
  });
  const weights = new Float64Array(k * d);
  const gradient = new Float64Array(k * d);
  const exps = new Float64Array(k);
  const l2 = prior / Math.max(1, n);
  for (let iteration = 0; iteration < iterations; iteration++) {
    gradient.fill(0);
    for (let e = 0; e < n; e++) {
      const row = e * d;
      let max = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < k; c++) {
        let logit = 0;
        for (let j = 0; j < d; j++)
          logit += (weights[c * d + j] as number) * (xs[row + j] as number);
        exps[c] = logit;
        if (logit > max) max = logit;
      }
      let total = 0;
      for (let c = 0; c < k; c++) {
        exps[c] = Math.exp((exps[c] as number) - max);
        total += exps[c] as number;
      }
      for (let c = 0; c < k; c++) {
        const error = (exps[c] as number) / total - (c === ys[e] ? 1 : 0);
        for (let j = 0; j < d; j++) {
          const at = c * d + j;
          gradient[at] = (gradient[at] as number) + error * (xs[row + j] as number);
        }
      }
    }
    for (let i = 0; i < k * d; i++) {
      const w = weights[i] as number;
      const penalty = i % d === 0 ? 0 : l2 * w;
      weights[i] = w - learningRate * ((gradient[i] as number) / n + penalty);
    }
  }
  return Array.from({ length: k }, (_, c) => Array.from(weights.subarray(c * d, (c + 1) * d)));
}

/**
 * `rows` minus row `reference`, each weight passed through `round`: neither a softmax over the
 * rows nor the row that scores highest changes (adding one vector to every row moves every score
 * alike). The reference row, all zeros then, is written empty: it scores 0 whatever the features,
 * and ships in two bytes (28 bytes less in the classify bundle than its zeros).
 */
export function relativeToRow(
  rows: readonly (readonly number[])[],
  reference: number,
  round: (weight: number) => number,
): number[][] {
  const base = rows[reference] ?? [];
  return rows.map((row, r) =>
    r === reference ? [] : row.map((weight, i) => round(weight - (base[i] ?? 0))),
  );
}
