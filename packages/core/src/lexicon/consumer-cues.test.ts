import { describe, expect, it } from 'vitest';
import { classify } from '../classify/classify.ts';

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
});
