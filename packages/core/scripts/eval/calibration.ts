/** One equal-width confidence bin of a reliability table. */
export interface ReliabilityBin {
  /** inclusive lower edge */
  lo: number;
  /** upper edge (exclusive, except 1 for the last bin) */
  hi: number;
  count: number;
  /** mean confidence of the cases in the bin (NaN-free: 0 when empty) */
  meanConfidence: number;
  /** share of the bin's cases that were right (0 when empty) */
  accuracy: number;
}

/** Expected calibration error and the table it comes from. */
export interface Calibration {
  /** Σ (n_b / N) · |accuracy_b − meanConfidence_b| over non-empty bins */
  ece: number;
  /** the largest |accuracy_b − meanConfidence_b| over non-empty bins */
  mce: number;
  bins: ReliabilityBin[];
}

/**
 * Expected calibration error over `binCount` equal-width bins of [0, 1]. A confidence of exactly
 * 1 falls in the last bin; values outside [0, 1] are clamped so a faulty system is still scored.
 */
export function calibration(
  confidences: readonly number[],
  correct: readonly boolean[],
  binCount = 10,
): Calibration {
  if (confidences.length !== correct.length) {
    throw new Error(`${confidences.length} confidences but ${correct.length} outcomes`);
  }
  const sums = Array.from({ length: binCount }, () => ({ count: 0, conf: 0, right: 0 }));
  confidences.forEach((raw, i) => {
    const c = Math.min(1, Math.max(0, Number.isFinite(raw) ? raw : 0));
    const bin = sums[Math.min(binCount - 1, Math.floor(c * binCount))];
    if (bin === undefined) return;
    bin.count += 1;
    bin.conf += c;
    if (correct[i]) bin.right += 1;
  });
  const n = confidences.length;
  let ece = 0;
  let mce = 0;
  const bins = sums.map((s, b): ReliabilityBin => {
    const meanConfidence = s.count === 0 ? 0 : s.conf / s.count;
    const accuracy = s.count === 0 ? 0 : s.right / s.count;
    if (s.count > 0) {
      const gap = Math.abs(accuracy - meanConfidence);
      ece += (s.count / n) * gap;
      mce = Math.max(mce, gap);
    }
    return { lo: b / binCount, hi: (b + 1) / binCount, count: s.count, meanConfidence, accuracy };
  });
  return { ece, mce, bins };
}
