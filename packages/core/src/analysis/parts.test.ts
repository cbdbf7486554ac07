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

  it('does not cut inside brackets', () => {
    const inside = partsOf('Rebates for resellers (volume and early orders).');
    const outside = partsOf('Rebates for resellers, volume and early orders.');
    expect(inside.length).toBeLessThan(outside.length);
  });
});
