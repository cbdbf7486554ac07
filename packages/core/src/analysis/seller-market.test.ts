import { describe, expect, it } from 'vitest';
import { classify } from '../classify/classify.ts';
import { tokenize } from '../text/tokenize.ts';
import { namesTheSeller } from './seller-market.ts';

const at = (text: string, word: string) => {
  const tokens = tokenize(text);
  return namesTheSeller(
    tokens,
    tokens.findIndex((t) => t.norm === word),
    text,
  );
};

const marketWords = (text: string) =>
  classify(text).dimensions.market.evidence.map((e) => e.text.toLowerCase());

describe('namesTheSeller', () => {
  it('reads the writer’s own kind of business as the seller', () => {
    expect(at('Our gym: member retention is priority one.', 'gym')).toBe(true);
    expect(at('Our small family bakery wants more regulars.', 'bakery')).toBe(true);
    expect(at('We run a chain of yoga studios.', 'studios')).toBe(true);
    expect(at("We're a boutique hotel in York.", 'hotel')).toBe(true);
    expect(at('The gym wants more members this January.', 'gym')).toBe(true);
    expect(at('Renewal nudge for lapsed gym members.', 'gym')).toBe(true);
    expect(at('Hotel guests who stayed three times get an upgrade.', 'hotel')).toBe(true);
    // A company describing itself by name.
    expect(at('Sunnyside is a budget airline flying leisure travellers.', 'airline')).toBe(true);
    // A heading that is one business names whose plan it is.
    expect(at('Hair salon: clients leave with the next visit booked.', 'salon')).toBe(true);
  });

  it('leaves the organisations that buy alone', () => {
    expect(at('We supply gyms with rowing machines.', 'gyms')).toBe(false);
    expect(at('Our clinics get a named rep.', 'clinics')).toBe(false);
    expect(at('The hospital buys the beds.', 'hospital')).toBe(false);
    expect(at('Salon owners get reorder rebates.', 'salon')).toBe(false);
    expect(at('Our biggest client is a hospital group.', 'hospital')).toBe(false);
    expect(at('It is a hotel chain with forty sites.', 'hotel')).toBe(false);
    // A heading that ends on the seller, or says whom it is for.
    expect(at('Hotel bed supplier: hotels buy in bulk.', 'hotel')).toBe(false);
    expect(at('Account plan for the clinic: a named rep.', 'clinic')).toBe(false);
    expect(at('Renewals: gyms on the three-year lease.', 'gyms')).toBe(false);
  });

  it('drops the seller from the market evidence, not the buyers', () => {
    expect(marketWords('Our gym: member retention is priority one.')).not.toContain('gym');
    expect(marketWords('We supply gyms with rowing machines.')).toContain('gyms');
  });
});
