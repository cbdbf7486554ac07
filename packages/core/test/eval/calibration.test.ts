import { describe, expect, it } from 'vitest';
import { calibration } from '../../scripts/eval/calibration.ts';

describe('calibration', () => {
  it('is 0 for a perfectly calibrated system', () => {
    const conf = [0.75, 0.75, 0.75, 0.75];
    const c = calibration(conf, [true, true, true, false]);
    expect(c.ece).toBeCloseTo(0);
    expect(c.bins[7]).toMatchObject({ count: 4, accuracy: 0.75 });
  });

  it('weights each bin gap by its share of cases', () => {
    // bin 9: conf .95 ×2, both right → gap .05; bin 5: conf .55 ×2, none right → gap .55
    const c = calibration([0.95, 0.95, 0.55, 0.55], [true, true, false, false]);
    expect(c.ece).toBeCloseTo(0.5 * 0.05 + 0.5 * 0.55);
    expect(c.mce).toBeCloseTo(0.55);
  });

  it('puts confidence 1 in the last bin, 0 in the first, and has 10 bins', () => {
    const c = calibration([1, 0], [true, false]);
    expect(c.bins).toHaveLength(10);
    expect(c.bins[9]?.count).toBe(1);
    expect(c.bins[0]?.count).toBe(1);
    expect(c.ece).toBe(0);
  });
});
