import { describe, expect, it } from 'vitest';
import { gaugeCells, gaugeLine } from './gauge.ts';

describe('gauge', () => {
  it('puts the marker at the customer end for 1, the consumer end for 0, the middle for 0.5', () => {
    expect(gaugeCells(1, 5)).toBe('●────');
    expect(gaugeCells(0, 5)).toBe('────●');
    expect(gaugeCells(0.5, 5)).toBe('──●──');
  });

  it('clamps out-of-range and non-finite shares', () => {
    expect(gaugeCells(2, 3)).toBe('●──');
    expect(gaugeCells(Number.NaN, 3)).toBe('─●─');
  });

  it('fits the whole line, labels included, into the width', () => {
    expect(gaugeLine(0.5, 40)).toHaveLength(40);
    expect(gaugeLine(0.5, 40)).toMatch(/^customer ─+●─+ consumer$/);
  });
});
