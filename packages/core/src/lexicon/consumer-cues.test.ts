import { describe, expect, it } from 'vitest';
import { classify } from '../classify/classify.ts';

/** The ids of every cue the classifier reports as evidence for a text. */
const cuesOf = (text: string) =>
  Object.values(classify(text).dimensions).flatMap((d) => d.evidence.map((e) => e.cue));

/** The relationship evidence the classifier gives for a text, as `cue: words`. */
const relationship = (text: string) =>
  classify(text).dimensions.relationship.evidence.map((e) => `${e.cue}: ${e.text}`);

describe('consumer cues of a transactional relationship', () => {
  it('read buying whichever brand is cheapest or on offer as moving between brands', () => {
    expect(
      relationship(
        'Adults with mild hay fever self-treat from the pharmacy shelf and pick whichever antihistamine is on offer.',
      ),
    ).toContain('switching: whichever antihistamine is on offer');
    expect(relationship("Surfers buy whatever's cheapest at the shop.")).toContain(
      "switching: whatever's cheapest",
    );
  });

  it('read being top of mind as awareness and the market leader as a competitor', () => {
    expect(cuesOf('We want to be top of mind when people plan a trip.')).toContain('awareness');
    expect(cuesOf('Take share from the market leader.')).toContain('competitive');
    // "already know our name" is who we have, not awareness.
    expect(cuesOf('Customers who already know our name get a loyalty card.')).not.toContain(
      'awareness',
    );
  });

  it('read livestreams as social media, but not KOLs: in pharma they are expert physicians', () => {
    expect(
      classify(
        'Reach young women through a weekly livestream.',
      ).dimensions.relationship.evidence.map((e) => e.text),
    ).toEqual(['livestream']);
    expect(cuesOf('Medical affairs will brief 12 KOLs in cardiology.')).not.toContain(
      'social-media',
    );
  });
});
