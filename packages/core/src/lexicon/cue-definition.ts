import { DIMENSION_IDS } from '../dimension-ids.ts';
import type { DimensionId, Pole } from '../schemas/vocabulary.ts';

/** How much a cue says about each dimension (0–2; 1 is a plain, unambiguous cue). */
export type DimensionWeights = Partial<Record<DimensionId, number>>;

/**
 * A cue: a wording that supports one pole on one or more dimensions.
 *
 * `pattern` is a small language over words, matched on stems so inflections match too:
 * slots separated by spaces; `a|b` alternatives; a trailing `?` makes a slot optional;
 * `*` skips up to two words inside the clause, `**` up to four; `#` matches a number, alone or
 * among alternatives (`#|three|two`).
 * Example: `loyal|loyalty club|program|scheme?`. Since stems match, a slot names each stem once
 * ("contract|deal", not "contract|deal|deals"). A second form stays only when the typo tolerance
 * needs it: a word of eight letters or more that no other pattern has, since the tolerance reads
 * its vocabulary off the patterns' words; such a form then names the stem alone
 * ("attrition|churning", not "attrition|churn|churning"), unless the other form is a word of
 * seven letters that no other pattern has (a slip one letter longer corrects to it).
 * A slot lists its alternatives in alphabetical order (code-unit order, as `sort()` gives it):
 * runs of alternatives then repeat alike across patterns, which gzip packs about 125 bytes
 * tighter in the classify bundle; the order changes no match, since a slot takes its longest.
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

/** One weight as a cue's shorthand writes it: the dimension's first letter, then the weight. */
type LetterWeight = `${'s' | 'a' | 'f' | 'r' | 'e' | 'i' | 'm'}${number}`;

/**
 * A cue's weights as its shorthand writes them, in order: "f1.2 s.4" is focus 1.2, scope 0.4
 * (each dimension by its first letter: scope, audience, focus, relationship, emphasis, insight,
 * market). Short, since every cue's weights ship in the classify bundle.
 */
export type WeightsText =
  | LetterWeight
  | `${LetterWeight} ${LetterWeight}`
  | `${LetterWeight} ${LetterWeight} ${LetterWeight}`
  | `${LetterWeight} ${LetterWeight} ${LetterWeight} ${LetterWeight}`;

/**
 * The weights a `WeightsText` writes, in its order. Read through JSON.parse, which gives each
 * object the fast shape an object literal has: objects built key by key (Object.fromEntries, or
 * a loop) made the whole classifier about 10 % slower, in the per-hit weight loops.
 */
const readWeights = (text: WeightsText): DimensionWeights =>
  JSON.parse(
    `{${text
      .split(' ')
      .map((w) => `"${DIMENSION_IDS.find((id) => id[0] === w[0])}":${+w.slice(1)}`)
      .join(',')}}`,
  );

/** A shorthand that builds cues of one pole: `cue(id, pattern, weights, reason, negationInside?)`. */
function cuesOf(pole: Pole) {
  return (
    id: string,
    pattern: string,
    weights: WeightsText,
    reason: string,
    negationInside = false,
  ): CueDefinition => ({
    id,
    pattern,
    pole,
    weights: readWeights(weights),
    reason,
    negationInside,
  });
}

/** Shorthand for a customer-pole cue. */
export const customerCue = cuesOf('customer');

/** Shorthand for a consumer-pole cue. */
export const consumerCue = cuesOf('consumer');
