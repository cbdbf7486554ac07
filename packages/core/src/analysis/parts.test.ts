import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.ts';
import { splitParts } from './parts.ts';

const partsOf = (text: string) => {
  const analysis = analyse(text);
  return splitParts(analysis.tokens, analysis.structure, analysis.hits).parts;
};

describe('splitParts', () => {
  it('cuts at co-ordination, so a buyer programme and a user campaign land in different parts', () => {
    const parts = partsOf(
      'Infant formula: a trade programme with pharmacy chains and a parent-facing education campaign on infant nutrition.',
    );
    const customerSide = parts.find((p) => p.customer > p.consumer);
    const consumerSide = parts.find((p) => p.consumer > p.customer);
    expect(customerSide).toBeDefined();
    expect(consumerSide).toBeDefined();
  });

  it('cuts at commas, colons and dashes, so two programmes listed as clauses are two parts', () => {
    for (const text of [
      'Reorder perks for the pharmacies, Instagram reels for the shoppers.',
      'Renewal discounts for subscribers; TikTok for everyone else.',
      'Renewal discounts for subscribers - TikTok for everyone else.',
    ]) {
      const parts = partsOf(text);
      expect(
        parts.some((p) => p.customer > 0 && p.consumer === 0),
        text,
      ).toBe(true);
      expect(
        parts.some((p) => p.consumer > 0 && p.customer === 0),
        text,
      ).toBe(true);
    }
  });

  it('does not cut inside brackets', () => {
    const inside = partsOf('Rebates for resellers (volume and early orders).');
    const outside = partsOf('Rebates for resellers, volume and early orders.');
    expect(inside.length).toBeLessThan(outside.length);
  });
});
