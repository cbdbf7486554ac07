import { describe, expect, it } from 'vitest';
import { classify } from './classify.ts';

const market = (text: string) => classify(text).dimensions.market;
const namedBuyer = (text: string) =>
  market(text).evidence.filter((e) => e.cue.startsWith('named-'));

describe('the named purchaser as market evidence', () => {
  it('reads a business that pays as B2B evidence, over the purchaser span', () => {
    const text =
      'Dermatology launch: medical reps build relationships with the 400 dermatology clinics that buy and dispense the cream, while a patient site explains how it works.';
    const [buyer] = namedBuyer(text);
    expect(buyer).toMatchObject({ cue: 'named-business-buyer', pole: 'customer', weight: 1 });
    expect(text.slice(buyer?.start, buyer?.end)).toBe(classify(text).roles.purchaser?.text);
    expect(market(text).lean).toBe('customer');
  });

  it('reads a parent who pays as B2C evidence', () => {
    const text =
      'Kids tablet: creator videos for the children, and a price-drop email to parents who already bought the first model.';
    expect(namedBuyer(text)).toMatchObject([{ cue: 'named-guardian-buyer', pole: 'consumer' }]);
  });

  it('reads nothing of the market off a purchaser of either kind ("members")', () => {
    expect(
      namedBuyer('Members who have booked five classes find a free guest pass in their app.'),
    ).toEqual([]);
  });
});
