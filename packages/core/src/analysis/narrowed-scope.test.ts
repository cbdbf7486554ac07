import { describe, expect, it } from 'vitest';
import { classify } from '../classify/classify.ts';

const evidence = (text: string) =>
  Object.values(classify(text).dimensions).flatMap((d) => d.evidence);

describe('how far a negation and a narrowing reach', () => {
  it('carries a negation from a person into the clause that describes them', () => {
    const hits = evidence(
      "Get the order booked with every retail buyer; this is not about the children who'll play with it.",
    );
    const playing = hits.filter((e) => /play/.test(e.text));
    expect(playing.length).toBeGreaterThan(0);
    expect(playing.every((e) => e.negated)).toBe(true);
  });

  it('reads "aren\'t who we\'re pitching" and "a priority over" as putting people aside', () => {
    const staff = evidence(
      "Renewal incentive for the facilities managers who sign. Staff eating in the canteen aren't who we're pitching.",
    ).filter((e) => e.text === 'Staff');
    expect(staff.length).toBeGreaterThan(0);
    expect(staff.every((e) => e.negated)).toBe(true);
    const ads = evidence(
      'Call each salon with a loyalty tier, a priority over the consumer ads.',
    ).filter((e) => e.text === 'ads');
    expect(ads.length).toBeGreaterThan(0);
    expect(ads.every((e) => e.negated)).toBe(true);
  });

  it('sets aside what a text ranks second: "prioritise retention over acquisition"', () => {
    expect(classify('Prioritise retention over acquisition.').orientation).toBe('customer');
    expect(classify('Prioritise acquisition over retention.').orientation).toBe('consumer');
    expect(classify('Retention takes precedence over acquisition.').orientation).toBe('customer');
    // "Over" that ranks nothing: an age, a channel.
    const negated = (text: string) => evidence(text).some((e) => e.negated);
    expect(negated('We prefer customers over 65 for the loyalty pilot.')).toBe(false);
    expect(negated('Priority support over the phone for our members.')).toBe(false);
  });

  it('carries a negation through a list that ends in "or", and no further', () => {
    const negated = (text: string) =>
      evidence(text)
        .filter((e) => e.negated)
        .map((e) => e.text);
    const listed = negated('Renewal offers for existing customers. No TV, OOH or influencers.');
    expect(listed).toEqual(expect.arrayContaining(['TV', 'OOH', 'influencers']));
    expect(
      classify('Renewal offers for existing customers. No TV, OOH or influencers.').orientation,
    ).toBe('customer');
    expect(negated('We are not doing brand awareness, TV or influencers.')).toEqual(
      expect.arrayContaining(['brand awareness', 'TV', 'influencers']),
    );
    // Slashes join items as "or" does, as many as they join, to a comma; spaced out, a slash
    // sets one thing against another.
    expect(negated('Awareness for new runners. No CRM/retention spend.')).toEqual(
      expect.arrayContaining(['CRM', 'retention']),
    );
    expect(negated('No TV/radio/OOH/cinema. Loyalty emails to existing members.')).toEqual(
      expect.arrayContaining(['TV', 'radio', 'OOH', 'cinema']),
    );
    expect(negated('No TV/radio, loyalty emails for members.')).not.toContain('loyalty');
    expect(negated('No acquisition / retention only. Loyalty for members.')).not.toContain(
      'retention',
    );
    // A comma alone ends the scope, and "but" ends the list.
    expect(negated('No TV, loyalty emails for our members.')).not.toContain('loyalty');
    expect(negated('Not TV, but loyalty or referrals for members.')).not.toContain('loyalty');
    // The list ends at the item after "or".
    expect(negated('No TV or radio, retention emails for existing customers.')).not.toContain(
      'retention',
    );
  });

  it('reads "anyone" narrowed to our own buyers as no mass audience', () => {
    const cues = (text: string) => evidence(text).map((e) => e.cue);
    expect(cues('A personal coordinator for anyone on the annual plan.')).not.toContain(
      'mass-scale',
    );
    expect(cues("A dinner invitation for anyone who's been with us two years.")).not.toContain(
      'mass-scale',
    );
    expect(cues('A national TV spot so that everyone hears about the new flavour.')).toContain(
      'mass-scale',
    );
  });

  it('reads "is not the topic" and "zero contact with" as negations', () => {
    const patients = evidence(
      'The patient programme is not the topic of this brief: quarterly business reviews with the specialty distributors.',
    ).filter((e) => /patient/i.test(e.text));
    expect(patients.length).toBeGreaterThan(0);
    expect(patients.every((e) => e.negated)).toBe(true);
    // (Who pays is still procurement: the named purchaser is market evidence, not a cue.)
    const procurement = evidence(
      'Campaign to undergrads in freshers week; zero contact with procurement on this.',
    ).filter((e) => /procurement/i.test(e.text) && e.cue !== 'named-business-buyer');
    expect(procurement.length).toBeGreaterThan(0);
    expect(procurement.every((e) => e.negated)).toBe(true);
  });
});
