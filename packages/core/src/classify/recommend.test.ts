import { describe, expect, it } from 'vitest';
import type { DimensionResults } from '../schemas/result.ts';
import type { DimensionId, Lean } from '../schemas/vocabulary.ts';
import { recommend } from './recommend.ts';

const leaning = (leans: Partial<Record<DimensionId, Lean>>): DimensionResults =>
  Object.fromEntries(
    (['scope', 'audience', 'focus', 'relationship', 'emphasis', 'insight', 'market'] as const).map(
      (id) => [id, { lean: leans[id] ?? 'unknown', strength: 0, evidence: [] }],
    ),
  ) as unknown as DimensionResults;

const focusTitle = (market: Lean) =>
  recommend({
    orientation: 'customer',
    dimensions: leaning({ focus: 'customer', market }),
    purchaser: null,
    endUser: null,
  }).find((r) => r.dimension === 'focus')?.title;

describe('recommend', () => {
  it('keeps business buyers account by account and people with a loyalty programme', () => {
    expect(focusTitle('customer')).toMatch(/business reviews/);
    expect(focusTitle('consumer')).toMatch(/loyalty or rewards programme/);
    expect(focusTitle('unknown')).toMatch(/loyalty or rewards programme/);
  });

  it('names the payer and the user in the move that the structure calls for', () => {
    const [first] = recommend({
      orientation: 'consumer',
      dimensions: leaning({ audience: 'consumer' }),
      purchaser: 'parents',
      endUser: 'children',
    });
    expect(first?.dimension).toBeNull();
    expect(`${first?.title} ${first?.detail}`).toMatch(/children/);
  });
});
