/**
 * The searches that find whom a role wording points at: the nearest head noun before "pay"
 * ("the parents usually pay") or after "sold to" ("sold to apparel brands"), within the clause.
 *
 * @module
 */
import { HEAD_SEARCH_SKIPS } from '../lexicon/phrase-words.ts';
import type { Token } from '../text/tokenize.ts';
import { isBoundModifier } from './noun-phrase.ts';
import type { Structure } from './structure.ts';

/** The nearest head before `at` (within `reach` words, same clause), or -1. */
export function headBefore(
  tokens: readonly Token[],
  isHead: readonly boolean[],
  s: Structure,
  at: number,
  reach: number,
): number {
  for (let i = at - 1, seen = 0; i >= 0 && seen <= reach; i--) {
    if (s.clause[i] !== s.clause[at]) return -1;
    if (isHead[i] && !(isHead[i + 1] && i + 1 < at)) return i;
    if (!HEAD_SEARCH_SKIPS.has(tokens[i]?.norm ?? '')) seen++;
  }
  return -1;
}

/** The nearest head at or after `at` (within `reach` words, same clause), or -1. */
export function headAfter(
  tokens: readonly Token[],
  raw: string,
  isHead: readonly boolean[],
  s: Structure,
  at: number,
  reach: number,
): number {
  for (let i = at, seen = 0; i < tokens.length && seen <= reach; i++) {
    const token = tokens[i] as Token;
    if (token.kind === 'comma' || token.kind === 'break' || s.sentence[i] !== s.sentence[at])
      return -1;
    if (isHead[i]) {
      let end = i;
      while (isHead[end + 1]) end++;
      // "our home-insurance base", "the studio's spenders": a modifier, not the phrase's head.
      if (!isBoundModifier(tokens, raw, isHead, end)) return end;
      i = end;
    }
    seen++;
  }
  return -1;
}
