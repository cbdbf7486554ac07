import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../scripts/eval/folds.ts';
import { bootstrapIndices, comparePaired, meanAndSd } from '../../scripts/refit/bootstrap.ts';

describe('bootstrapIndices', () => {
  it('draws n indices in range, with replacement, the same for the same seed', () => {
    const a = bootstrapIndices(50, seededRandom(7));
    expect(a).toHaveLength(50);
    expect(a.every((i) => Number.isInteger(i) && i >= 0 && i < 50)).toBe(true);
    expect(new Set(a).size).toBeLessThan(50);
    expect(bootstrapIndices(50, seededRandom(7))).toEqual(a);
    expect(bootstrapIndices(50, seededRandom(8))).not.toEqual(a);
  });
});

describe('meanAndSd', () => {
  it('gives the mean and the sample standard deviation', () => {
    expect(meanAndSd([2, 4, 4, 4, 5, 5, 7, 9])).toEqual({ mean: 5, sd: Math.sqrt(32 / 7) });
    expect(meanAndSd([3])).toEqual({ mean: 3, sd: 0 });
  });
});

describe('comparePaired', () => {
  it('summarises after − before round by round', () => {
    const result = comparePaired([10, 10, 10, 10], [12, 9, 10, 13]);
    expect(result.mean).toBe(1);
    expect(result).toMatchObject({ better: 2, worse: 1, same: 1 });
  });

  it('refuses runs of different lengths', () => {
    expect(() => comparePaired([1, 2], [1])).toThrow(/cannot pair 2 rounds with 1/);
  });
});
