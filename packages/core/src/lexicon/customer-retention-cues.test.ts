import { describe, expect, it } from 'vitest';
import { classify } from '../classify/classify.ts';

describe('retention cues', () => {
  it('read a stamp card and a free nth purchase as rewarding repeat buying', () => {
    const focus = classify(
      'Bakery: a card we stamp at the till, and the ninth sourdough is on us.',
    ).dimensions.focus.evidence.map((e) => e.cue);
    expect(focus).toEqual(expect.arrayContaining(['stamped-card', 'nth-on-us']));
    expect(
      classify('Free coffee on your tenth visit.').dimensions.focus.evidence.map((e) => e.cue),
    ).toContain('every-nth');
  });

  it('read buying again and coming back as repeat buying, not an office note coming back to a point', () => {
    const again = classify('Get people to buy again.');
    expect(again.orientation).toBe('customer');
    expect(again.dimensions.focus.evidence.map((e) => e.cue)).toContain('come-back');
    expect(classify('Our regulars keep coming back every week.').orientation).toBe('customer');
    expect(classify("I'll come back to you on the budget.").orientation).toBe('undetermined');
  });

  it('read buyers picked out by how often they buy from us', () => {
    const scope = (text: string) => classify(text).dimensions.scope.evidence.map((e) => e.cue);
    expect(
      scope('Parents booking weekly sessions get a short report after every lesson.'),
    ).toContain('frequent-buying');
    expect(scope('Owners booking three or more days a week get first pick of slots.')).toContain(
      'counted-bookings',
    );
  });

  it('read "national accounts" and "a broad range" as no market at large', () => {
    const scope = (text: string) => classify(text).dimensions.scope.evidence.map((e) => e.cue);
    expect(scope('Our national accounts team reviews pricing with each chain.')).not.toContain(
      'mass-scale',
    );
    expect(scope('A national TV campaign for the new range.')).toContain('mass-scale');
  });

  it('read a price held for the buyer and payment terms in days as terms of buying', () => {
    const emphasis = (text: string) =>
      classify(text).dimensions.emphasis.evidence.map((e) => `${e.cue}: ${e.text}`);
    expect(emphasis('The optician holds their current price for another year.')).toContain(
      'price-held: holds their current price',
    );
    expect(
      emphasis('Residents’ families get a fee hold if they commit to another year.'),
    ).toContain('price-lock: fee hold');
    expect(emphasis('Stockists get 90-day terms and a named rep.')).toContain(
      'terms: 90-day terms',
    );
    expect(emphasis('Subscribers get annual prepay with 2 months free.')).toContain(
      'months-free: 2 months free',
    );
  });

  it('read renegotiation, revenue share and standing orders as keeping buyers who buy again', () => {
    const cues = (text: string) =>
      Object.values(classify(text).dimensions).flatMap((d) => d.evidence.map((e) => e.cue));
    expect(cues('The bundle partners are up for renegotiation in spring.')).toContain('renewal');
    expect(cues('Propose a revenue-share tweak to the partners.')).toContain('rebate');
    expect(cues('Cafés get standing orders with a Sunday cut-off.')).toContain('reorder');
  });

  it('read a percentage off and free months as a price reward for buying', () => {
    const emphasis = (text: string) =>
      classify(text).dimensions.emphasis.evidence.map((e) => e.cue);
    expect(
      emphasis('Every client who has not booked in 8 weeks gets a text with 15% off.'),
    ).toContain('percent-off');
    expect(emphasis('Each client that introduces another firm gets a month free.')).toContain(
      'months-free',
    );
    // Introducing another firm is a referral, not a launch.
    expect(
      classify(
        'Each client that introduces another firm gets a month free.',
      ).dimensions.focus.evidence.map((e) => e.cue),
    ).not.toContain('launch');
  });

  it('read a "fidelity card" as a loyalty card, as many non-native writers say', () => {
    const focus = (text: string) => classify(text).dimensions.focus.evidence.map((e) => e.cue);
    expect(
      focus('The customers who buy every month get the card of fidelity, each 10 bag one free.'),
    ).toContain('loyalty');
    // Fidelity alone is how true a sound or a picture is.
    expect(focus('Studio headphones with high fidelity sound, for audiophiles.')).not.toContain(
      'loyalty',
    );
    expect(focus('Members of our fidelity scheme get double points.')).toContain('loyalty');
    expect(focus('A high-fidelity program of recordings.')).not.toContain('loyalty');
  });
});
