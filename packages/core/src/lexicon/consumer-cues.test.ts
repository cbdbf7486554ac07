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
    // Plainer and non-native wordings of the same goal.
    expect(cuesOf('Free running workshops to get known in new neighbourhoods.')).toContain(
      'awareness',
    );
    expect(cuesOf('Make young women in Vietnam know our name.')).toContain('awareness');
  });

  it('read key opinion leaders and livestreams as social media', () => {
    expect(cuesOf('Reach young women through KOLs and a weekly livestream.')).toEqual(
      expect.arrayContaining(['social-media']),
    );
    expect(
      classify(
        'Reach young women through KOL and livestream.',
      ).dimensions.relationship.evidence.map((e) => e.text),
    ).toEqual(['KOL', 'livestream']);
  });
});
