import { describe, expect, it } from 'vitest';
import { MARKET_CUES, PRODUCT_KIND_CUES } from './market-cues.ts';

describe('the product-kind market cues', () => {
  it('name market cues that exist', () => {
    const ids = new Set(MARKET_CUES.map((cue) => cue.id));
    expect(PRODUCT_KIND_CUES.size).toBeGreaterThan(0);
    for (const id of PRODUCT_KIND_CUES) expect(ids).toContain(id);
  });
});
