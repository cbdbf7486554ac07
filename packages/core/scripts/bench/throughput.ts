/** Throughput of one system over a fixed list of texts. */
export interface Throughput {
  name: string;
  /** median over rounds */
  docsPerSecond: number;
  /** median over rounds, 1 MB = 10^6 bytes of UTF-8 text */
  mbPerSecond: number;
  /** docs/s of each round, in order */
  rounds: number[];
  /** documents classified in all measured rounds */
  documents: number;
  /** measured time in ms, warm-up excluded */
  measuredMs: number;
}

/** How long to run: warm-up, then `rounds` rounds of at least `roundMs` each. */
export interface ThroughputPlan {
  warmupMs: number;
  roundMs: number;
  rounds: number;
}

/** ≥ 2 s of measurement per system: 5 rounds of ≥ 0.5 s, after 0.5 s of warm-up. */
export const DEFAULT_PLAN: ThroughputPlan = { warmupMs: 500, roundMs: 500, rounds: 5 };

/**
 * Runs `predict` over all `texts` in whole passes, in-process on the calling thread: a warm-up
 * (JIT, caches), then rounds that each repeat passes until `roundMs` has elapsed. Reports the
 * median round, which is robust to a GC pause or a noisy neighbour in one round.
 */
export function measureThroughput(
  name: string,
  texts: readonly string[],
  predict: (text: string) => unknown,
  plan: ThroughputPlan = DEFAULT_PLAN,
): Throughput {
  if (texts.length === 0) throw new Error('no texts to measure');
  const bytesPerPass = texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0);
  let sink = 0;
  const pass = () => {
    for (const text of texts) sink += predict(text) === undefined ? 0 : 1;
  };
  const until = (ms: number) => {
    const start = performance.now();
    let passes = 0;
    do {
      pass();
      passes += 1;
    } while (performance.now() - start < ms);
    return { passes, ms: performance.now() - start };
  };
  until(plan.warmupMs);
  const rounds: { docs: number; bytes: number; ms: number }[] = [];
  for (let r = 0; r < plan.rounds; r++) {
    const { passes, ms } = until(plan.roundMs);
    rounds.push({ docs: passes * texts.length, bytes: passes * bytesPerPass, ms });
  }
  // Keeps the results observable so no engine can drop the calls as dead code.
  if (sink < 0) throw new Error('unreachable');
  const docsRates = rounds.map((r) => (r.docs / r.ms) * 1000);
  const mbRates = rounds.map((r) => ((r.bytes / r.ms) * 1000) / 1e6);
  return {
    name,
    docsPerSecond: median(docsRates),
    mbPerSecond: median(mbRates),
    rounds: docsRates,
    documents: rounds.reduce((sum, r) => sum + r.docs, 0),
    measuredMs: rounds.reduce((sum, r) => sum + r.ms, 0),
  };
}

/** Median of a non-empty list (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
