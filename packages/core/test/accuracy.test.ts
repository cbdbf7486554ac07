// Dev-set floors the classifier actually holds, measured by the same code as `pnpm eval`.
// Each floor is the figure measured on fixtures/briefs.dev.jsonl minus a small margin, so a
// regression fails CI while noise from a cue tweak does not. Raise them as the classifier improves;
// never lower one to make a change pass. `null` = not held yet (the test skips, visibly).
// Measured figures: `pnpm eval` on 2026-11-23 19:45 UTC. One floor moved down once, on purpose:
// since the shipped model is fitted on four writers' sets (dev, holdout, tuning-a, tuning-b)
// instead of two, its in-sample fit to the dev set is a point looser ([roles-differ] 0.957 →
// 0.928) while every figure on the never-trained-on blind set rose; the blind floors below
// guard that generalisation, which is what users get.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GOLD } from '../scripts/eval/args.ts';
import { loadGold } from '../scripts/eval/gold.ts';
import { DEFAULT_SEED, runEval } from '../scripts/eval/run.ts';

/** Orientation accuracy, as shipped. */
const ACCURACY_FLOOR = 0.96; // measured 0.975
/** Macro-F1 over customer / consumer / hybrid, as shipped. */
const MACRO_F1_FLOOR = 0.955; // measured 0.968
/** F1 of the hardest class. */
const HYBRID_F1_FLOOR = 0.92; // measured 0.937
/** Share of cases confused customer↔consumer: a ceiling. */
const SWAP_RATE_CEILING = 0.01; // measured 0 (the target is ≤ 1 %)
/** Orientation accuracy on `[roles-differ]` cases. */
const ROLES_DIFFER_ACCURACY_FLOOR = 0.91; // measured 0.928
/** Mean of the seven per-dimension accuracies. */
const DIMENSION_MEAN_FLOOR: number | null = 0.89; // measured 0.904
/** Recall of purchaser / end-user spans (gold non-null). */
const PURCHASER_RECALL_FLOOR: number | null = 0.9; // measured 0.929
const END_USER_RECALL_FLOOR: number | null = 0.85; // measured 0.872
/** Expected calibration error: a ceiling. */
const ECE_CEILING: number | null = 0.05; // measured 0.038 (the target is ≤ 0.05)
/** Macro-F1 under 5-fold CV of the learned layer (null until src/model/fit.ts exists). */
const CV_MACRO_F1_FLOOR: number | null = 0.96; // measured 0.987

const gold = loadGold(DEFAULT_GOLD);
const report = await runEval({
  file: DEFAULT_GOLD,
  cases: gold.cases,
  problems: gold.problems,
  folds: 5,
  seed: DEFAULT_SEED,
  baselines: [], // the baselines are compared by `pnpm eval`; they take ~25 s to train
});
const shipped = report.shipped;

describe('dev-set accuracy floors (fixtures/briefs.dev.jsonl, as shipped)', () => {
  it('scores all 200 dev cases', () => {
    expect(gold.problems).toEqual([]);
    expect(shipped.orientation.n).toBe(200);
  });

  it(`accuracy ≥ ${ACCURACY_FLOOR} and macro-F1 ≥ ${MACRO_F1_FLOOR}`, () => {
    expect(shipped.orientation.accuracy).toBeGreaterThanOrEqual(ACCURACY_FLOOR);
    expect(shipped.orientation.macroF1).toBeGreaterThanOrEqual(MACRO_F1_FLOOR);
  });

  it(`hybrid F1 ≥ ${HYBRID_F1_FLOOR}`, () => {
    expect(shipped.orientation.perClass.hybrid.f1).toBeGreaterThanOrEqual(HYBRID_F1_FLOOR);
  });

  it(`customer↔consumer swap rate ≤ ${SWAP_RATE_CEILING}`, () => {
    expect(shipped.orientation.swapRate).toBeLessThanOrEqual(SWAP_RATE_CEILING);
  });

  it(`[roles-differ] accuracy ≥ ${ROLES_DIFFER_ACCURACY_FLOOR}`, () => {
    const slice = shipped.slices.find((s) => s.tag === 'roles-differ');
    expect(slice?.n).toBeGreaterThan(0);
    expect(slice?.accuracy).toBeGreaterThanOrEqual(ROLES_DIFFER_ACCURACY_FLOOR);
  });

  it.skipIf(DIMENSION_MEAN_FLOOR === null)(
    `mean per-dimension accuracy ≥ ${DIMENSION_MEAN_FLOOR ?? '(no floor yet)'}`,
    () => {
      expect(shipped.dimensions.mean).toBeGreaterThanOrEqual(DIMENSION_MEAN_FLOOR ?? 1);
    },
  );

  it.skipIf(PURCHASER_RECALL_FLOOR === null)(
    `purchaser recall ≥ ${PURCHASER_RECALL_FLOOR ?? '(no floor yet: roles not named)'}`,
    () => {
      expect(shipped.roles.purchaser.recall).toBeGreaterThanOrEqual(PURCHASER_RECALL_FLOOR ?? 1);
    },
  );

  it.skipIf(END_USER_RECALL_FLOOR === null)(
    `end-user recall ≥ ${END_USER_RECALL_FLOOR ?? '(no floor yet: roles not named)'}`,
    () => {
      expect(shipped.roles.endUser.recall).toBeGreaterThanOrEqual(END_USER_RECALL_FLOOR ?? 1);
    },
  );

  it.skipIf(ECE_CEILING === null)(
    `ECE ≤ ${ECE_CEILING ?? '(no ceiling yet: confidence not calibrated)'}`,
    () => {
      expect(shipped.calibration.ece).toBeLessThanOrEqual(ECE_CEILING ?? 0);
    },
  );
});

describe('dev-set floors under 5-fold cross-validation', () => {
  it.skipIf(CV_MACRO_F1_FLOOR === null || report.cv.ours === null)(
    `CV macro-F1 ≥ ${CV_MACRO_F1_FLOOR ?? '(no floor yet: fitModel not available)'}`,
    () => {
      expect(report.cv.ours?.orientation.macroF1).toBeGreaterThanOrEqual(CV_MACRO_F1_FLOOR ?? 1);
    },
  );
});

// The blind set (fixtures/briefs.blind.jsonl, 150 cases by a writer who never saw the code) is
// never trained or tuned on: these floors watch how the classifier does on text it has not seen.
/** Blind-set floors, as shipped: measured 0.920 / 0.905 / 2.0 % / 0.850 / 0.817 / 0.025. */
const BLIND = {
  accuracy: 0.9,
  macroF1: 0.88,
  swapCeiling: 0.03,
  dimensionMean: 0.83,
  purchaserRecall: 0.79,
  eceCeiling: 0.05,
};
const BLIND_FILE = fileURLToPath(new URL('../fixtures/briefs.blind.jsonl', import.meta.url));
const blindGold = loadGold(BLIND_FILE);
const blind = (
  await runEval({
    file: BLIND_FILE,
    cases: blindGold.cases,
    problems: blindGold.problems,
    folds: 2,
    seed: DEFAULT_SEED,
    baselines: [],
  })
).shipped;

describe('blind-set floors (fixtures/briefs.blind.jsonl, never trained on)', () => {
  it(`accuracy ≥ ${BLIND.accuracy}, macro-F1 ≥ ${BLIND.macroF1}`, () => {
    expect(blind.orientation.accuracy).toBeGreaterThanOrEqual(BLIND.accuracy);
    expect(blind.orientation.macroF1).toBeGreaterThanOrEqual(BLIND.macroF1);
  });
  it(`swap rate ≤ ${BLIND.swapCeiling}, ECE ≤ ${BLIND.eceCeiling}`, () => {
    expect(blind.orientation.swapRate).toBeLessThanOrEqual(BLIND.swapCeiling);
    expect(blind.calibration.ece).toBeLessThanOrEqual(BLIND.eceCeiling);
  });
  it(`mean per-dimension accuracy ≥ ${BLIND.dimensionMean}, purchaser recall ≥ ${BLIND.purchaserRecall}`, () => {
    expect(blind.dimensions.mean).toBeGreaterThanOrEqual(BLIND.dimensionMean);
    expect(blind.roles.purchaser.recall).toBeGreaterThanOrEqual(BLIND.purchaserRecall);
  });
});
