import { describe, expect, it } from 'vitest';
import { crossValidate, seededRandom, stratifiedFolds } from '../../scripts/eval/folds.ts';

const labels = [
  ...Array<string>(80).fill('customer'),
  ...Array<string>(80).fill('consumer'),
  ...Array<string>(40).fill('hybrid'),
];

describe('stratifiedFolds', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    expect(stratifiedFolds(labels, 5, 7)).toEqual(stratifiedFolds(labels, 5, 7));
    expect(stratifiedFolds(labels, 5, 7)).not.toEqual(stratifiedFolds(labels, 5, 8));
  });

  it('keeps every label in the same proportion in every fold', () => {
    const folds = stratifiedFolds(labels, 5, 1);
    for (let f = 0; f < 5; f++) {
      const inFold = labels.filter((_, i) => folds[i] === f);
      expect(inFold).toHaveLength(40);
      expect(inFold.filter((l) => l === 'customer')).toHaveLength(16);
      expect(inFold.filter((l) => l === 'hybrid')).toHaveLength(8);
    }
  });

  it('rejects fewer than 2 folds or more folds than cases', () => {
    expect(() => stratifiedFolds(labels, 1, 1)).toThrow(/≥ 2/);
    expect(() => stratifiedFolds(['a', 'b'], 3, 1)).toThrow(/at least 3 cases/);
  });
});

describe('crossValidate', () => {
  it('never trains on the fold it predicts, and predicts every item once', () => {
    const items = labels.map((label, id) => ({ id, label }));
    const folds = stratifiedFolds(labels, 5, 3);
    const out = crossValidate(items, folds, 5, (train, test) => {
      const seen = new Set(train.map((t) => t.id));
      return test.map((t) => (seen.has(t.id) ? 'leak' : `held-out ${t.id}`));
    });
    expect(out).toEqual(items.map((t) => `held-out ${t.id}`));
  });
});

describe('seededRandom', () => {
  it('yields the same numbers in [0, 1) for the same seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 100 }, () => a());
    expect(xs).toEqual(Array.from({ length: 100 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
