/**
 * How a role phrase stands to other phrases and to the words around it: overlaps, a payer and a
 * user named as a pair, an adviser the reader is sent to, a phrase hanging on another noun.
 *
 * @module
 */
import {
  ASKING_OPENERS,
  ASKING_VERBS,
  BARE_NEGATORS,
  COMPLEMENT_PREPOSITIONS,
  SELLER_STAFF_MODIFIERS,
  TALKING_PREPOSITIONS,
  TALKING_VERBS,
} from '../lexicon/index.ts';
import { isWord, normAt, type Token } from '../text/tokenize.ts';
import { isPlural, type NounPhrase } from './noun-phrase.ts';

/** True when phrase `a` covers the token at `at`. */
export const overlapsAt = (a: NounPhrase | null, at: number) =>
  a !== null && a.from <= at && at < a.to;

/** True when phrases `a` and `b` share a token. */
export const overlaps = (a: NounPhrase | null, b: NounPhrase) =>
  a !== null && a.from < b.to && b.from < a.to;

/**
 * The first candidate that `isPayer` accepts and the first other one (not overlapping it) that
 * `isUser` accepts, or null unless both exist.
 */
export function pairOf(
  candidates: readonly NounPhrase[],
  isPayer: (phrase: NounPhrase) => boolean,
  isUser: (phrase: NounPhrase) => boolean,
): { payer: NounPhrase; user: NounPhrase } | null {
  const payer = candidates.find(isPayer);
  if (payer === undefined) return null;
  const user = candidates.find((p) => isUser(p) && !overlaps(payer, p));
  return user === undefined ? null : { payer, user };
}

/**
 * True when the phrase is whom the reader is sent to ("ask *their doctor* about it", "ask your
 * stylist for it", "a prompt to talk to *a doctor*"): an adviser between the product and its
 * user, not the user.
 */
export function isAdviserAsked(tokens: readonly Token[], p: NounPhrase): boolean {
  const word = (at: number) => normAt(tokens, at);
  let at = p.from - 1;
  while (at >= 0 && ASKING_OPENERS.has(word(at)) && p.from - at <= 2) at--;
  if (ASKING_VERBS.has(word(at))) return true;
  // "talk to the nurses" is the marketer speaking to users: only one adviser of the reader's own.
  return (
    TALKING_PREPOSITIONS.has(word(at)) &&
    TALKING_VERBS.has(word(at - 1)) &&
    word(at + 1) !== 'the' &&
    !isPlural(word(p.head))
  );
}

/**
 * True when the phrase is one person who serves the buyer for the seller: "a call *from their
 * coach*", "a review *with their teacher*", "*a dedicated agronomist*". Not a group ("with
 * their employees") and not a possessor ("by their child's teacher").
 */
export function servesTheBuyer(tokens: readonly Token[], p: NounPhrase): boolean {
  const word = (at: number) => normAt(tokens, at);
  return (
    /^(?:their|an?)$/.test(word(p.from)) &&
    !isPlural(word(p.head)) &&
    word(p.head + 1) !== "'s" &&
    (/^(?:from|with|by)$/.test(word(p.from - 1)) || SELLER_STAFF_MODIFIERS.has(word(p.from + 1)))
  );
}

/**
 * True when the phrase hangs on another noun by a preposition ("kill the newsletter *for* our
 * florists"): a negator before that noun rules the noun out, not the people it is for.
 */
export function complementsAnotherNoun(tokens: readonly Token[], p: NounPhrase): boolean {
  const preposition = tokens[p.from - 1];
  const before = tokens[p.from - 2];
  if (preposition === undefined || !COMPLEMENT_PREPOSITIONS.has(preposition.norm)) return false;
  return isWord(before) && !BARE_NEGATORS.has(before.norm);
}
