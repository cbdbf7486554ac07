/**
 * The searches that find whom a role wording points at: the nearest head noun before "pay"
 * ("the parents usually pay") or after "sold to" ("sold to apparel brands"), within the clause.
 *
 * @module
 */
import {
  ATTACHED_DETERMINERS,
  ATTACHING_PREPOSITIONS,
  CLAUSE_VERBS,
  HEAD_SEARCH_SKIPS,
  OBJECT_DETERMINERS,
  PHRASE_BOUNDARIES,
  PREDICATE_ADJECTIVES,
} from '../lexicon/index.ts';
import { isWord, normAt, type Token } from '../text/tokenize.ts';
import {
  isAdjectiveRoleWord,
  isBoundModifier,
  isModifier,
  isPossessor,
  isVerbForm,
} from './noun-phrase.ts';
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
    if (isHead[i] && !(isHead[i + 1] && i + 1 < at)) return attachedHead(tokens, isHead, s, i);
    if (!HEAD_SEARCH_SKIPS.has(normAt(tokens, i))) seen++;
  }
  return -1;
}

/**
 * The head that the phrase of the head at `i` belongs to: "ops managers at each practice sign"
 * — the practice only says where the managers work, so the managers sign.
 */
function attachedHead(
  tokens: readonly Token[],
  isHead: readonly boolean[],
  s: Structure,
  i: number,
): number {
  let j = i - 1;
  while (j >= 0 && !isHead[j] && ATTACHED_DETERMINERS.has(normAt(tokens, j))) j--;
  if (j < 1 || !ATTACHING_PREPOSITIONS.has(normAt(tokens, j)) || s.clause[j] !== s.clause[i])
    return i;
  return isHead[j - 1] && s.clause[j - 1] === s.clause[i] ? j - 1 : i;
}

/** The last head of the run of heads from `i` on: "account *owners*" reads as one phrase. */
function headRunEnd(isHead: readonly boolean[], i: number): number {
  let end = i;
  while (isHead[end + 1]) end++;
  return end;
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
      const end = headRunEnd(isHead, i);
      // "our home-insurance base", "the studio's spenders": a modifier, not the phrase's head;
      // nor is an adjective ("goes on a consumer push").
      if (!isAdjectiveRoleWord(tokens, end) && !isBoundModifier(tokens, raw, isHead, end))
        return compoundHead(tokens, raw, isHead, end);
      i = end;
    }
    seen++;
  }
  return -1;
}

/** True for a word that can sit inside a noun compound: not a verb, determiner or boundary. */
const isCompoundWord = (norm: string) =>
  !PHRASE_BOUNDARIES.has(norm) &&
  !OBJECT_DETERMINERS.has(norm) &&
  !PREDICATE_ADJECTIVES.has(norm) &&
  !CLAUSE_VERBS.has(norm) &&
  !isVerbForm(norm);

/** Words a noun compound may carry between a modifying head and its own head. */
const COMPOUND_GAP = 2;

/**
 * The head of the compound that a head at `at` modifies ("*business* broadband *accounts*",
 * "b2b office supply accounts"): the next head within COMPOUND_GAP plain words, or `at`.
 */
function compoundHead(
  tokens: readonly Token[],
  raw: string,
  isHead: readonly boolean[],
  at: number,
): number {
  // "the trust's procurement team": the people the possessor has are the ones meant.
  if (normAt(tokens, at + 1) === "'s" && isHead[at + 2]) return headRunEnd(isHead, at + 2);
  // "the kids' after-school club": a possessor, not a modifier of the next head; but
  // "employers' benefits managers": the people the possessors have, as with "'s".
  if (!isPossessor(tokens, raw, at) && !isModifier(tokens, isHead, at)) return at;
  for (let i = at + 1; i <= at + 1 + COMPOUND_GAP && i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!isWord(token)) return at;
    if (isHead[i]) {
      const end = headRunEnd(isHead, i);
      // "their mum last Mother's Day": a possessor opens a new phrase.
      return isBoundModifier(tokens, raw, isHead, end) ? at : end;
    }
    // "after-school": a hyphened adjective modifies what follows its second half.
    if (!isCompoundWord(token.norm) || raw[token.end] === '-') return at;
  }
  return at;
}
