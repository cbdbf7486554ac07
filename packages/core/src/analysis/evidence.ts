import {
  type CueDefinition,
  NEGATION_KEEPS_POLE,
  NEGATORS_INSIDE,
  NEGATORS_INSIDE_THAT_FLIP,
} from '../lexicon/index.ts';
import type { PatternMatch } from '../match/pattern-index.ts';
import type { DimensionId, Pole } from '../schemas/vocabulary.ts';
import { normAt, type Token } from '../text/tokenize.ts';
import { findCues } from './cues.ts';
import { createNegationScanner } from './negation.ts';
import type { Structure } from './structure.ts';

/** One matched cue, weighed in context. */
export interface CueHit {
  readonly cue: CueDefinition;
  readonly from: number;
  readonly to: number;
  /** Character offsets into the original text. */
  readonly start: number;
  readonly end: number;
  /** The pole it supports after negation. */
  readonly pole: Pole;
  readonly negated: boolean;
  /** True when a word before the hit negates it ("not about the children"). */
  readonly negatedBefore: boolean;
  /** Weight per dimension after negation and emphasis. */
  readonly weights: Partial<Record<DimensionId, number>>;
  /**
   * What the hit says about the programme: the sum of `weights` over every dimension but
   * `market` (who buys is a fact about the market, not something the programme does).
   */
  readonly programme: number;
}

function sumOfProgrammeWeights(weights: CueHit['weights']): number {
  let sum = 0;
  for (const dimension in weights)
    if (dimension !== 'market') sum += weights[dimension as DimensionId] ?? 0;
  return sum;
}

/** `weights` with each dimension's weight multiplied by `factor(dimension)`. */
export function scaledWeights(
  weights: CueHit['weights'],
  factor: (dimension: DimensionId) => number,
): CueHit['weights'] {
  const scaled: CueHit['weights'] = {};
  for (const [dimension, weight] of Object.entries(weights) as [DimensionId, number][])
    scaled[dimension] = weight * factor(dimension);
  return scaled;
}

/** The same hit with new weights (and its programme weight summed again). */
export function reweighed(hit: CueHit, weights: CueHit['weights']): CueHit {
  return { ...hit, weights, programme: sumOfProgrammeWeights(weights) };
}

/** The hit's programme weight, signed by its pole: > 0 for the customer pole. */
export function signedProgrammeWeight(hit: CueHit): number {
  return hit.pole === 'customer' ? hit.programme : -hit.programme;
}

/**
 * How much of a negated cue carries over to the other pole. "Not a loyalty push" says a lot
 * about the goal and the audience; "no discount codes" says little about the relationship.
 */
const NEGATED_CARRY: Readonly<Record<DimensionId, number>> = {
  scope: 0.8,
  audience: 0.8,
  focus: 0.7,
  relationship: 0.4,
  emphasis: 0.4,
  insight: 0.3,
  market: 0.3,
};

const otherPole = (pole: Pole): Pole => (pole === 'customer' ? 'consumer' : 'customer');

function shieldedTokens(matches: readonly PatternMatch<CueDefinition>[]): Set<number> {
  const shielded = new Set<number>();
  for (const match of matches) {
    if (match.entry.negationInside) for (let i = match.from; i < match.to; i++) shielded.add(i);
  }
  return shielded;
}

/** The negator inside a match's span, after its first word ("who've never stayed"), if any. */
function innerNegator(tokens: readonly Token[], from: number, to: number): string | undefined {
  for (let i = from + 1; i < to - 1; i++) {
    const norm = normAt(tokens, i);
    if (NEGATORS_INSIDE.has(norm)) return norm;
  }
  return undefined;
}

/**
 * The hit, negated. When the negation `flips` it, it moves to the other pole with part of each
 * weight (`NEGATED_CARRY`); otherwise it keeps its pole and weights and is only marked.
 */
function negate(hit: CueHit, flips: boolean): CueHit {
  if (!flips) return { ...hit, negated: true };
  const weights = scaledWeights(hit.weights, (dimension) => NEGATED_CARRY[dimension]);
  return { ...reweighed(hit, weights), pole: otherPole(hit.pole), negated: true };
}

/**
 * A person negated from before carries the negation into the clause that describes them: in
 * "not about the children who'll play with it" the playing is negated along with the children.
 * (A negation after the person, as in "shoppers who bought other brands", already lies in that
 * clause.) So does the negation of a list's first item, when the list ends in "or". `phraseEnd`
 * gives where the clause describing the person at a token ends, or -1.
 */
export function negatePhraseClauses(
  hits: readonly CueHit[],
  phraseEnd: (head: number) => number,
  tokens: readonly Token[],
): CueHit[] {
  const result = [...hits];
  // Hits are in text order: what a hit's negation reaches starts after it.
  hits.forEach((hit, h) => {
    if (!hit.negatedBefore) return;
    let end = phraseEnd(hit.to - 1);
    // "no TV, OOH or influencers": every item of a list of cues that ends in "or", to the item
    // after it ("no TV or radio, retention emails …" keeps the emails); and every item joined
    // by slashes ("no TV/radio/OOH", not "no acquisition / retention only"), to a comma.
    let to = hit.to;
    let toEnd = hit.end;
    let or = false;
    let joined = false;
    for (let k = h + 1; k < hits.length && !or; k++) {
      const other = hits[k] as CueHit;
      if (other.from < to) continue;
      const between = tokens.slice(to, other.from).map((t) => t.norm);
      if (
        !between.every((norm) => /^(,|or|\/)$/.test(norm)) ||
        (between.includes('/') && other.start - toEnd > 1) ||
        (joined && between.includes(','))
      )
        break;
      or = between.includes('or');
      joined ||= or || between.includes('/');
      to = other.to;
      toEnd = other.end;
    }
    if (joined) end = Math.max(end, to);
    for (let i = h + 1; i < hits.length && (hits[i] as CueHit).from < end; i++) {
      const other = result[i] as CueHit;
      if (!other.negated && other.from >= hit.to && other.to <= end)
        result[i] = negate(other, !NEGATION_KEEPS_POLE.has(other.cue.id));
    }
  });
  return result;
}

/** Finds the cues of a text and weighs each one in its sentence. */
export function collectHits(tokens: readonly Token[], structure: Structure): CueHit[] {
  const matches = findCues(tokens);
  const negation = createNegationScanner(tokens, shieldedTokens(matches));
  return matches.map((match) => {
    const cue = match.entry;
    const first = tokens[match.from] as Token;
    const last = tokens[match.to - 1] as Token;
    const inner = cue.negationInside ? undefined : innerNegator(tokens, match.from, match.to);
    const side = cue.negationInside ? null : negation.negatedFrom(match.from, match.to);
    const negated =
      !cue.negationInside &&
      (inner !== undefined || (structure.labelNegated[match.from] ?? false) || side !== null);
    const flips =
      negated &&
      (!NEGATION_KEEPS_POLE.has(cue.id) ||
        (inner !== undefined && NEGATORS_INSIDE_THAT_FLIP.has(inner)));
    const emphasis = structure.emphasis[match.from] ?? 1;
    // Most hits have their cue's full weight: they share its weights, never changed in place.
    const weights = emphasis === 1 ? cue.weights : scaledWeights(cue.weights, () => emphasis);
    const hit: CueHit = {
      cue,
      from: match.from,
      to: match.to,
      start: first.start,
      end: last.end,
      pole: cue.pole,
      negated: false,
      negatedBefore: side === 'before',
      weights,
      programme: sumOfProgrammeWeights(weights),
    };
    return negated ? negate(hit, flips) : hit;
  });
}
