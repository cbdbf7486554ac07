import { DESCRIBING_CUES } from '../lexicon/index.ts';
import { normAt, type Token } from '../text/tokenize.ts';
import type { CueHit } from './evidence.ts';
import type { NounPhrase } from './noun-phrase.ts';

/** How far after "with" the cue of what is given may start: "with [a free weekly newsletter]". */
const MEANS_REACH = 4;
/**
 * Weight on what a programme does (focus, relationship and emphasis together) from which a cue
 * names something it gives.
 */
const MEANS_WEIGHT = 0.8;

/**
 * True when a hit names something a programme gives or does, not a trait of the people: no
 * negation ("households with no savings buffer") and nothing about what is known of them
 * ("members with 10+ nights this year", "accounts with NPS under 20").
 */
const isGiven = (hit: CueHit) =>
  !hit.negated &&
  !hit.weights.insight &&
  !DESCRIBING_CUES.has(hit.cue.id) &&
  (hit.weights.focus ?? 0) + (hit.weights.relationship ?? 0) + (hit.weights.emphasis ?? 0) >=
    MEANS_WEIGHT;

/**
 * The phrase without what the programme gives them: "win back [lapsed customers] with a 20%
 * voucher", "reward [the enterprise accounts] with multi-year discounts", "keep [restaurant
 * groups] (credit terms, a reorder app)". It ends before a "with" when a cue of what the programme
 * gives starts within a few words after it, and before a bracket that holds one. What the people
 * have stays ("teens with acne", "drivers insured with us for 3+ years", "the vip clients (top
 * 50 by spend)").
 */
export function withoutMeans(
  phrase: NounPhrase | null,
  tokens: readonly Token[],
  hits: readonly CueHit[],
): NounPhrase | null {
  if (phrase === null) return null;
  for (let i = phrase.head + 1; i < phrase.to; i++) {
    // Where what they get would be said: up to a few words after "with", or a whole bracket.
    const bracket = tokens[i]?.kind === 'open';
    let end = i;
    if (bracket) while (end < phrase.to && tokens[end]?.kind !== 'close') end++;
    else if (normAt(tokens, i) === 'with') end = Math.min(phrase.to, i + 1 + MEANS_REACH);
    if (hits.some((hit) => hit.from > i && hit.from < end && isGiven(hit)))
      return { ...phrase, to: i };
    // The rest of a bracket that says who they are stays with it.
    if (bracket) i = end;
  }
  return phrase;
}
