import { describe, expect, it } from 'vitest';
import { classify } from '../classify/classify.ts';
import { stemsOf } from '../match/pattern.ts';
import { wordKey } from '../text/normalize.ts';
import { CONSUMER_CUES } from './consumer-cues.ts';
import { CUSTOMER_CUES } from './customer-cues.ts';
import { MARKET_CUES, PRODUCT_KIND_CUES, SINGULAR_NAMES_THE_SELLER } from './market-cues.ts';

describe('the product-kind market cues', () => {
  it('name market cues that exist', () => {
    const ids = new Set(MARKET_CUES.map((cue) => cue.id));
    expect(PRODUCT_KIND_CUES.size).toBeGreaterThan(0);
    for (const id of PRODUCT_KIND_CUES) expect(ids).toContain(id);
  });
});

describe('the singular nouns that name the seller', () => {
  // They only lower the market weight of a hit that ends on one (`analyse.ts`): a noun that no
  // cue with a market weight can end on would change nothing, and ships for nothing.
  it('are each a word a cue with a market weight can end on', () => {
    const lastStems = new Set(
      [...CUSTOMER_CUES, ...CONSUMER_CUES, ...MARKET_CUES]
        .filter((cue) => (cue.weights.market ?? 0) !== 0)
        .flatMap((cue) => cue.pattern.split(' '))
        .flatMap((slot) => slot.replace(/\?$/, '').split('|'))
        .map((alternative) => stemsOf(alternative).at(-1)),
    );
    const never = [...SINGULAR_NAMES_THE_SELLER].filter(
      (noun) => !lastStems.has(wordKey(noun).stem),
    );
    expect(never).toEqual([]);
  });
});

describe('the market cues for people at work', () => {
  const marketOf = (text: string) => classify(text).dimensions.market.lean;

  // Carers are most often family: "caregivers pay for the pendant their parents wear".
  it('leave carers to the household market and keep nurses in the business one', () => {
    const alarm =
      'Caregivers pay for the fall alarm their elderly parents wear. Campaign: Facebook ads ' +
      'aimed at adult children aged 45-60.';
    expect(marketOf(alarm)).toBe('consumer');
    expect(marketOf('Nurses use the scheduling app on every shift.')).toBe('customer');
  });
});
