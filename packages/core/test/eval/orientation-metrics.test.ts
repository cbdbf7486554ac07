import { describe, expect, it } from 'vitest';
import { scoreOrientation } from '../../scripts/eval/orientation-metrics.ts';

describe('scoreOrientation', () => {
  it('computes accuracy, per-class P/R/F1, macro-F1, confusion and swaps by hand', () => {
    const gold = ['customer', 'customer', 'consumer', 'consumer', 'hybrid', 'hybrid'] as const;
    const predicted = [
      'customer',
      'consumer',
      'consumer',
      'undetermined',
      'hybrid',
      'customer',
    ] as const;
    const s = scoreOrientation(gold, predicted);
    expect(s.n).toBe(6);
    expect(s.accuracy).toBeCloseTo(3 / 6);
    // customer: TP 1, predicted 2, support 2 → P .5 R .5 F1 .5
    expect(s.perClass.customer).toMatchObject({
      precision: 0.5,
      recall: 0.5,
      support: 2,
      predicted: 2,
    });
    expect(s.perClass.customer.f1).toBeCloseTo(0.5);
    // consumer: TP 1, predicted 2, support 2; hybrid: TP 1, predicted 1, support 2
    expect(s.perClass.consumer.f1).toBeCloseTo(0.5);
    expect(s.perClass.hybrid.precision).toBe(1);
    expect(s.perClass.hybrid.recall).toBe(0.5);
    expect(s.perClass.hybrid.f1).toBeCloseTo(2 / 3);
    expect(s.macroF1).toBeCloseTo((0.5 + 0.5 + 2 / 3) / 3);
    expect(s.confusion.consumer.undetermined).toBe(1);
    expect(s.confusion.hybrid.customer).toBe(1);
    expect(s.swaps).toBe(1);
    expect(s.swapRate).toBeCloseTo(1 / 6);
  });

  it('counts undetermined as wrong and gives F1 0 to a class never predicted', () => {
    const s = scoreOrientation(['hybrid', 'hybrid'], ['undetermined', 'customer']);
    expect(s.accuracy).toBe(0);
    expect(s.perClass.hybrid).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(s.swaps).toBe(0);
  });

  it('refuses misaligned inputs', () => {
    expect(() => scoreOrientation(['customer'], [])).toThrow(/1 labels but 0 predictions/);
  });
});
