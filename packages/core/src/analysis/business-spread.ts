/**
 * Where a business's buyers are is not the market at large: "agricultural machinery OEMs
 * *across Europe*", "distributors *nationwide*".
 *
 * @module
 */
import type { Token } from '../text/tokenize.ts';
import type { CueHit } from './evidence.ts';
import { isBusinessHead } from './head-match.ts';
import { isPlural } from './noun-phrase.ts';

/** The cue of a market at large, which a business's spread is mistaken for. */
const MARKET_AT_LARGE = 'mass-scale';

/** True when the hit says how far a plural business spreads ("OEMs across Europe"). */
export function spreadsABusiness(tokens: readonly Token[], hit: CueHit): boolean {
  const before = tokens[hit.from - 1];
  return (
    hit.cue.id === MARKET_AT_LARGE &&
    before !== undefined &&
    isPlural(before.norm) &&
    isBusinessHead(tokens, hit.from - 1)
  );
}

/** Drops the hits that say where a business's buyers are (see `spreadsABusiness`). */
export function dropBusinessSpread(hits: readonly CueHit[], tokens: readonly Token[]): CueHit[] {
  return hits.filter((hit) => !spreadsABusiness(tokens, hit));
}
