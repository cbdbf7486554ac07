/**
 * Who pays, as evidence on the market dimension. The labels' market follows who buys, and a
 * purchaser the text names is the plainest statement of it: a business ("the 400 dermatology
 * clinics that buy", "our dealers") leans to the customer (B2B) pole, a guardian paying for a
 * dependant ("parents") to the consumer (B2C) pole. Other purchasers ("members", "subscribers")
 * say nothing of which market, and a purchaser only inferred from a sentence's shape counts for
 * nothing.
 *
 * @module
 */
import type { Analysis } from '../analysis/analyse.ts';
import type { CueHit } from '../analysis/evidence.ts';
import { headMatches, isBusinessHead } from '../analysis/head-match.ts';
import { guardianHeads } from '../analysis/role-heads.ts';
import { type CueDefinition, consumerCue, customerCue } from '../lexicon/index.ts';

/** The weight of a named purchaser on the market: that of a plain market cue. */
const NAMED_BUYER_WEIGHT = 1;

const BUSINESS_BUYER: CueDefinition = customerCue(
  'named-business-buyer',
  '',
  `m${NAMED_BUYER_WEIGHT}`,
  'the purchaser named is a business',
);
const GUARDIAN_BUYER: CueDefinition = consumerCue(
  'named-guardian-buyer',
  '',
  `m${NAMED_BUYER_WEIGHT}`,
  'the purchaser named is a parent or guardian',
);

/**
 * The named purchaser as a market hit over `span` (its character offsets in the text), or null
 * when none is named or it says nothing of the market.
 */
export function namedBuyerHit(
  analysis: Analysis,
  span: { readonly start: number; readonly end: number } | null,
): CueHit | null {
  const { purchaser, purchaserInferred } = analysis.roles;
  if (purchaser === null || purchaserInferred || span === null) return null;
  const cue = isBusinessHead(analysis.tokens, purchaser.head)
    ? BUSINESS_BUYER
    : headMatches(guardianHeads, analysis.tokens, purchaser.head)
      ? GUARDIAN_BUYER
      : null;
  if (cue === null) return null;
  return {
    cue,
    from: purchaser.from,
    to: purchaser.to,
    start: span.start,
    end: span.end,
    pole: cue.pole,
    negated: false,
    negatedBefore: false,
    weights: cue.weights,
    programme: 0,
  };
}
