import type { DimensionId, Pole } from '../schemas/vocabulary.ts';

/** How much a cue says about each dimension (0–2; 1 is a plain, unambiguous cue). */
export type DimensionWeights = Partial<Record<DimensionId, number>>;

/**
 * A cue: a wording that supports one pole on one or more dimensions.
 *
 * `pattern` is a small language over words, matched on stems so inflections match too:
 * slots separated by spaces; `a|b` alternatives; a trailing `?` makes a slot optional;
 * `*` skips up to two words inside the clause, `**` up to four; `#` matches a number, alone or
 * among alternatives (`two|three|#`).
 * Example: `loyal|loyalty program|scheme|club?`. Since stems match, a slot names each stem once
 * ("deal|contract", not "deal|deals|contract"). A second form stays only when the typo tolerance
 * needs it: a word of eight letters or more that no other pattern has, since the tolerance reads
 * its vocabulary off the patterns' words; such a form then names the stem alone
 * ("churning|attrition", not "churn|churning|attrition"), unless the other form is a word of
 * seven letters that no other pattern has (a slip one letter longer corrects to it).
 * `all-patterns.test.ts` holds the lexicon to this.
 */
export interface CueDefinition {
  readonly id: string;
  readonly pattern: string;
  readonly pole: Pole;
  readonly weights: DimensionWeights;
  /** Why this wording supports the pole, in a few words a user can read. */
  readonly reason: string;
  /**
   * The wording carries its own negation ("never heard of us", "not yet customers"), so the
   * negation inside it must not flip it, nor flip a neighbour.
   */
  readonly negationInside?: boolean;
}

/** A shorthand that builds cues of one pole: `cue(id, pattern, weights, reason, negationInside?)`. */
function cuesOf(pole: Pole) {
  return (
    id: string,
    pattern: string,
    weights: DimensionWeights,
    reason: string,
    negationInside = false,
  ): CueDefinition => ({ id, pattern, pole, weights, reason, negationInside });
}

/** Shorthand for a customer-pole cue. */
export const customerCue = cuesOf('customer');

/** Shorthand for a consumer-pole cue. */
export const consumerCue = cuesOf('consumer');
