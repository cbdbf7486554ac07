import { describe, expect, it } from 'vitest';
import type { Baseline } from '../../scripts/baselines/baseline.ts';
import { DEFAULT_GOLD } from '../../scripts/eval/args.ts';
import { formatEval } from '../../scripts/eval/format-eval.ts';
import { loadGold } from '../../scripts/eval/gold.ts';
import { loadLearnedApi } from '../../scripts/eval/learned.ts';
import { runEval } from '../../scripts/eval/run.ts';
import { classify } from '../../src/index.ts';
import type { GoldCase } from '../../src/schemas/input.ts';

const { cases } = loadGold(DEFAULT_GOLD);

const alwaysCustomer: Baseline = {
  name: 'always customer',
  description: 'predicts customer for everything',
  train: () => () => 'customer',
};

describe('runEval', () => {
  it('scores a trivial baseline exactly: 80 of 200 right, macro-F1 from the customer class only', async () => {
    const report = await runEval({
      file: 'dev',
      cases,
      problems: [],
      folds: 5,
      seed: 1,
      learned: { ok: false, reason: 'test: no learned layer' },
      baselines: [alwaysCustomer],
    });
    const b = report.cv.baselines['always customer'];
    expect(b?.orientation.accuracy).toBeCloseTo(0.4);
    expect(b?.orientation.macroF1).toBeCloseTo((2 * 0.4 * 1) / 1.4 / 3);
    expect(b?.orientation.swapRate).toBeCloseTo(0.4);
    expect(report.cv.ours).toBeNull();
    expect(report.cv.oursSkipped).toBe('test: no learned layer');
    expect(report.comparison.map((r) => `${r.system} / ${r.method}`)).toEqual([
      'Marketlens / as shipped',
      'always customer / 5-fold CV',
    ]);
    expect(formatEval(report)).toContain('test: no learned layer');
  });

  it('refits the learned layer per fold and never shows it the cases it is scored on', async () => {
    const fits: number[] = [];
    const report = await runEval({
      file: 'dev',
      cases,
      problems: [],
      folds: 4,
      seed: 2,
      baselines: [],
      learned: {
        ok: true,
        api: {
          fitModel: (train: readonly GoldCase[]) => {
            fits.push(train.length);
            return new Set(train.map((c) => c.text));
          },
          createClassifier: (model) => (text) => {
            if ((model as Set<string>).has(text)) throw new Error('scored a training case');
            return classify(text);
          },
        },
      },
    });
    expect(fits).toEqual([150, 150, 150, 150]);
    expect(report.cv.ours?.orientation.n).toBe(200);
    // the fake wraps the shipped classifier, so CV and shipped figures coincide
    expect(report.cv.ours?.orientation.accuracy).toBe(report.shipped.orientation.accuracy);
  });
});

describe('runEval with a training file', () => {
  it('trains every system on the training file whole and scores it on the gold cases', async () => {
    const trainSeen: number[] = [];
    const spy: Baseline = {
      name: 'spy',
      description: 'records its training size',
      train: (examples) => {
        trainSeen.push(examples.length);
        return () => 'hybrid';
      },
    };
    const gold = cases.slice(0, 50);
    const report = await runEval({
      file: 'gold',
      cases: gold,
      problems: [],
      folds: 5,
      seed: 1,
      train: { file: 'train', cases: cases.slice(40) },
      learned: { ok: false, reason: 'none' },
      baselines: [spy],
    });
    // 5 CV folds of the 50 gold cases, then once on the 160 training cases
    expect(trainSeen).toEqual([40, 40, 40, 40, 40, 160]);
    expect(report.trained).toMatchObject({ file: 'train', cases: 160, overlap: 10 });
    expect(report.trained?.baselines.spy?.orientation.n).toBe(50);
    expect(report.comparison.map((r) => `${r.system} / ${r.method}`)).toContain(
      'spy / trained on train',
    );
  });
});

describe('loadLearnedApi', () => {
  it('either loads both functions or says clearly why CV is skipped', async () => {
    const learned = await loadLearnedApi();
    if (learned.ok) {
      expect(typeof learned.api.fitModel).toBe('function');
      expect(typeof learned.api.createClassifier).toBe('function');
    } else {
      expect(learned.reason).toMatch(/CV skipped/);
    }
  });
});
