import { describe, expect, it } from 'vitest';
import { classify } from '../classify/classify.ts';

/** The ids of every cue the classifier reports as evidence for a text. */
const evidence = (text: string) =>
  Object.values(classify(text).dimensions).flatMap((d) => d.evidence.map((e) => e.cue));

describe('relationship cues', () => {
  it('read a customer advisory board or a seat on a panel as asking our own buyers', () => {
    expect(evidence('Build a customer advisory board from our eight largest accounts.')).toContain(
      'advisory-seat',
    );
    const panel = evidence('Order 20 cases a month and get a seat on the tasting panel.');
    expect(panel).toContain('panel-seat');
    expect(panel).not.toContain('trial');
    expect(panel).not.toContain('research');
  });

  it('read the success or support team of sellers and dealers as care for buyers', () => {
    for (const side of ['Seller', 'Dealer']) {
      expect(evidence(`${side} success runs onboarding calls.`)).toContain('care-team');
    }
    // "partner support" is as often a sponsor's, and "merchant services" a product.
    expect(evidence('Partner support from the city council funds free workshops.')).not.toContain(
      'care-team',
    );
    expect(evidence('Merchant services: a new card reader.')).not.toContain('care-team');
  });

  it('read one adviser per client, for life, as a lasting named relationship', () => {
    const cues = evidence(
      'A wealth-planning firm for 300 families, known for one adviser per family for life and an annual in-person review.',
    );
    expect(cues).toEqual(expect.arrayContaining(['adviser-per', 'for-life', 'quarterly-review']));
  });

  it('read bringing former buyers back as winning them back, not a faint "get … back"', () => {
    expect(evidence('Bring lapsed guests back.')).toContain('lapsed-back');
    expect(classify('Bring lapsed guests back.').orientation).toBe('customer');
    expect(evidence("I'll get the numbers back to you by Friday.")).not.toContain('lapsed-back');
  });

  it('read promotional funding as work with the trade', () => {
    const emphasis = classify(
      "The supermarket chain's buyers get promotional funding for the new range.",
    ).dimensions.emphasis.evidence.map((e) => e.cue);
    expect(emphasis).toContain('trade-marketing');
  });
});
