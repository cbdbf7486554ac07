import { AGE_BAND_ENDS, SIZE_OPENERS, SIZE_QUALIFIERS } from '../lexicon/index.ts';
import { isNumber, normAt, type Token } from '../text/tokenize.ts';
import type { CueHit } from './evidence.ts';
import { isBusinessHead } from './head-match.ts';

/** How many tokens the number and its qualifiers may span ("with more than 1,000"). */
const SIZE_REACH = 5;

/**
 * True when the people named at `at` measure a business's size: the words before them are "with"
 * or "employing" and a number, right after a business's name ("employers with 200+ staff",
 * "retailers with 10 to 50 employees").
 */
export function countsASize(tokens: readonly Token[], at: number): boolean {
  if (!isNumber(tokens[at - 1])) return false;
  // "the brand with 18–25s", "a club with 8-year-olds": an age band, not a headcount.
  if (AGE_BAND_ENDS.has(normAt(tokens, at))) return false;
  for (let i = at - 1; i >= 0 && at - i <= SIZE_REACH; i--) {
    const token = tokens[i] as Token;
    if (SIZE_OPENERS.has(token.norm)) return isBusinessHead(tokens, i - 1);
    if (!isNumber(token) && !SIZE_QUALIFIERS.has(token.norm)) return false;
  }
  return false;
}

/**
 * Drops the people counted in a business's size: the staff of "employers with 200+ staff" are a
 * measure of the buyer, not an audience the programme speaks to, nor a market of their own.
 */
export function dropSizeCounts(hits: readonly CueHit[], tokens: readonly Token[]): CueHit[] {
  return hits.filter((hit) => !countsASize(tokens, hit.from));
}
