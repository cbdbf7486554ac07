import { describe, expect, it } from 'vitest';
import { DEFAULT_GOLD } from '../../scripts/eval/args.ts';
import { loadGold } from '../../scripts/eval/gold.ts';
import { runRefitCheck } from '../../scripts/refit/run.ts';

const dev = loadGold(DEFAULT_GOLD).cases;
const training = dev.slice(0, 60);
const sets = [
  { name: 'a', cases: dev.slice(60, 80) },
  { name: 'b', cases: dev.slice(80, 90) },
];

describe('runRefitCheck', () => {
  const report = runRefitCheck(training, sets, 3, 42);

  it('scores the full fit and each bootstrap refit on every set', () => {
    expect(report).toMatchObject({
      seed: 42,
      trainingCases: 60,
      scoredCases: 30,
      sets: ['a', 'b'],
    });
    expect(report.rounds).toHaveLength(3);
    for (const round of [report.full, ...report.rounds]) {
      expect(Object.keys(round.perSet)).toEqual(['a', 'b']);
      expect(round.perSet.a).toBeLessThanOrEqual(20);
      expect(round.perSet.b).toBeLessThanOrEqual(10);
      expect(round.total).toBe((round.perSet.a ?? 0) + (round.perSet.b ?? 0));
    }
    const totals = report.rounds.map((r) => r.total);
    expect(report.mean).toBeCloseTo(totals.reduce((a, b) => a + b, 0) / 3, 10);
    // The cue analysis alone gets most of these right, whatever the sample.
    expect(report.full.total).toBeGreaterThan(20);
  });

  it('draws the same samples for the same seed, so runs of two versions pair up', () => {
    expect(runRefitCheck(training, sets, 3, 42).rounds).toEqual(report.rounds);
  });

  it('refuses a number of rounds that is not a positive integer', () => {
    expect(() => runRefitCheck(training, sets, 0, 1)).toThrow(/rounds must be an integer ≥ 1/);
    expect(() => runRefitCheck(training, sets, 1.5, 1)).toThrow(/rounds must be/);
  });
});
