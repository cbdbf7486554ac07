import { describe, expect, it } from 'vitest';
import { classify } from '../classify/classify.ts';

const purchaserOf = (text: string) => classify(text).roles.purchaser;

describe('buyers named by what they bought', () => {
  it('reads the noun a buying clause hangs on as the purchaser, known to the lexicon or not', () => {
    expect(
      purchaserOf(
        'For the bakery: the boutique hotels that order croissants every weekend get a standing-order price.',
      )?.text,
    ).toBe('the boutique hotels that order croissants every weekend');
    const unknown = purchaserOf(
      'Tyre depot: repair shops ordering tyres from us weekly get next-morning delivery and a monthly statement.',
    );
    expect(unknown?.text).toMatch(/^repair shops ordering tyres/);
    expect(
      purchaserOf('A loyalty rebate for every marina that has bought three or more pumps from us.')
        ?.text,
    ).toMatch(/^every marina/);
  });

  it('marks a noun the lexicon does not know as inferred', () => {
    const p = purchaserOf(
      'Stables that reorder hay before the first frost get free delivery and a reminder call.',
    );
    expect(p?.text).toMatch(/^Stables that reorder hay/);
    expect(p?.inferred).toBe(true);
  });

  it('needs a relative word before a bare reorder, and reads no pronoun or passive as a buyer', () => {
    // "the Xmas reorder" is a compound, "parts ordered from us" are things, "we" is the seller.
    expect(
      purchaserOf('Send the retailer deck before they confirm the Xmas reorder for the stores.')
        ?.text,
    ).not.toMatch(/Xmas/);
    expect(
      purchaserOf('Spare parts ordered from us ship the same day with a tracking link.'),
    ).toBeNull();
  });
});
