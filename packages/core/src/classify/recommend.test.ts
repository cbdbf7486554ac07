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

const customerMove = (dimension: DimensionId, market: Lean) =>
  recommend({
    orientation: 'customer',
    dimensions: leaning({ [dimension]: 'customer', market }),
    purchaser: null,
    endUser: null,
    rolesDiffer: false,
  }).find((r) => r.dimension === dimension);
const focusTitle = (market: Lean) => customerMove('focus', market)?.title;

describe('recommend', () => {
  it('keeps business buyers account by account and people with a loyalty programme', () => {
    expect(focusTitle('customer')).toMatch(/business reviews/);
    expect(focusTitle('consumer')).toMatch(/loyalty or rewards programme/);
    expect(focusTitle('unknown')).toMatch(/loyalty or rewards programme/);
  });

  it('speaks of accounts to business buyers and of purchase history to people', () => {
    expect(customerMove('audience', 'customer')?.title).toMatch(/decision-maker/);
    expect(customerMove('audience', 'consumer')?.title).toMatch(/what they already buy/);
    expect(customerMove('audience', 'consumer')?.kpis).not.toContain('account expansion');
    expect(customerMove('relationship', 'customer')?.title).toMatch(/named contact/);
    expect(customerMove('relationship', 'consumer')?.title).toMatch(/Personalise offers/);
    expect(customerMove('emphasis', 'consumer')?.title).toMatch(/one-tap reorder/);
    // Nothing said about who buys: the general move.
    expect(customerMove('emphasis', 'unknown')?.title).toMatch(/volume pricing/);
  });

  it('says what a dimension left open needs, in words that fit answers as well as a text', () => {
    const gap = recommend({
      orientation: 'customer',
      dimensions: leaning({ focus: 'customer' }),
      purchaser: null,
      endUser: null,
      rolesDiffer: false,
    }).find((r) => r.id.endsWith('-gap'));
    expect(gap?.detail).toMatch(/^Too little is said about/);
    expect(gap?.detail).not.toMatch(/\btext\b/);
  });

  it('names the payer and the user in the move that the structure calls for', () => {
    const [first] = recommend({
      orientation: 'consumer',
      dimensions: leaning({ audience: 'consumer' }),
      purchaser: 'parents',
      endUser: 'children',
      rolesDiffer: true,
    });
    expect(first?.dimension).toBeNull();
    expect(`${first?.title} ${first?.detail}`).toMatch(/children/);
  });

  it('leaves out the payer-and-user move when both roles are the same people', () => {
    const [first] = recommend({
      orientation: 'consumer',
      dimensions: leaning({ audience: 'consumer' }),
      purchaser: 'home cooks',
      endUser: 'home cooks',
      rolesDiffer: false,
    });
    expect(first?.id).not.toBe('user-pull');
    expect(first?.detail).not.toMatch(/purchase is made by/);
  });
});
