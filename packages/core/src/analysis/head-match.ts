/**
 * Whether a word heads a noun phrase of a given kind: the shared test behind role reading and
 * size counts.
 *
 * @module
 */
import { ORGANISATION_HEADS, TRADE_HEADS } from '../lexicon/index.ts';
import { indexPatterns, type PatternIndex } from '../match/pattern-index.ts';
import type { Token } from '../text/tokenize.ts';

/**
 * True when one of `patterns` covers the token at `head`, starting at most two tokens before it
 * (so multi-word heads such as "care homes" or "it department" match on their last word).
 */
export function headMatches(
  patterns: PatternIndex<string>,
  tokens: readonly Token[],
  head: number,
): boolean {
  for (let from = Math.max(0, head - 2); from <= head; from++) {
    if (patterns.findAt(tokens, from).some((m) => m.to > head)) return true;
  }
  return false;
}

const businessHeads = indexPatterns([...ORGANISATION_HEADS, ...TRADE_HEADS]);

/** True when the word at `head` names a business: an organisation ("banks") or a trade ("retailers"). */
export const isBusinessHead = (tokens: readonly Token[], head: number): boolean =>
  head >= 0 && headMatches(businessHeads, tokens, head);
