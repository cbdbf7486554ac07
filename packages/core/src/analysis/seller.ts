/**
 * Where a text names the seller rather than a market role: an opening heading ("Pet food
 * wholesale: …") and "our hotel group", "the studio's …", "the language school will offer …".
 *
 * @module
 */
import {
  ACCOUNT_TALK_CUES,
  HEADING_BREAKING_VERBS,
  HEADING_SELLERS,
  HEADING_WORDS,
  OWN_BUSINESS_WORDS,
  SELF_DESCRIBING_VERBS,
  SELF_DESCRIPTION_ARTICLES,
  SELF_PRONOUNS,
  SELLER_EXCEPTIONS,
  SELLER_VERBS,
  SINGULAR_NAMES_THE_SELLER,
} from '../lexicon/index.ts';
import { normAt, type Token } from '../text/tokenize.ts';
import type { CueHit } from './evidence.ts';
import { headMatches } from './head-match.ts';
import { isPlural, type NounPhrase } from './noun-phrase.ts';
import { userHeads } from './role-heads.ts';

/**
 * Where an opening heading ends (the colon's index), or -1 when the text opens with none: a
 * short run of words before a colon, with no verb that would make it a sentence ("The cinema
 * chain wants teens back: …").
 */
export function headingEnd(tokens: readonly Token[]): number {
  const colon = tokens.findIndex((t) => t.norm === ':');
  return colon >= 0 &&
    colon <= HEADING_WORDS &&
    !tokens.slice(0, colon).some((t) => HEADING_BREAKING_VERBS.has(t.norm))
    ? colon
    : -1;
}

/**
 * A test of whether the word at `h` in the opening heading that ends at `end` names the seller:
 * a seller's word ("… for the client:"), or a singular business ("Loyalty app refresh for the
 * coffee chain: … a free drink", "loyalty for the dental lab: practices that send us …") in a
 * text that sells to households or names its buyers after the heading, and does not talk of the
 * account (in "Account plan for the hospital: quarterly reviews …" the hospital is the account).
 * `positions` are the text's head nouns.
 */
export function headingSellerTest(
  tokens: readonly Token[],
  hits: readonly CueHit[],
  positions: readonly number[],
  end: number,
): (h: number) => boolean {
  // No heading, no word in one: nothing to read for most texts.
  if (end < 0) return () => false;
  let households = 0;
  for (const hit of hits)
    if (hit.from > end && !hit.negated)
      households += (hit.pole === 'customer' ? -1 : 1) * (hit.weights.market ?? 0);
  const namesOthers =
    !hits.some((hit) => !hit.negated && ACCOUNT_TALK_CUES.has(hit.cue.id)) &&
    (households > 0 || positions.some((h) => h > end && isPlural(normAt(tokens, h))));
  return (h) =>
    h < end &&
    (HEADING_SELLERS.has(normAt(tokens, h)) ||
      (namesOthers && SINGULAR_NAMES_THE_SELLER.has(normAt(tokens, h))));
}

/** After "our", a singular noun that is no buyer names the seller: "our gym", not "our client". */
export const isOwnSellerNoun = (noun: Token): boolean =>
  !isPlural(noun.norm) && !SELLER_EXCEPTIONS.has(noun.norm);

/** A singular noun before what a seller does names the seller: "the gym *wants* …". */
export const isActingSeller = (noun: Token, next: string): boolean =>
  !isPlural(noun.norm) && SELLER_VERBS.has(next);

/** True when the word at `i` is the writer saying what their business is: "we *are*", "I *own*". */
export const isSelfDescribingVerb = (tokens: readonly Token[], i: number): boolean =>
  SELF_DESCRIBING_VERBS.has(normAt(tokens, i)) && SELF_PRONOUNS.has(normAt(tokens, i - 1));

/**
 * True when the phrase is what the writer says their own business is, article or not: "we are
 * (a) medical distributor", "we run a chain of studios", "our company is mobile operator".
 */
function isSelfDescribed(tokens: readonly Token[], phrase: NounPhrase): boolean {
  // "we're going after DIYers": a verb, not what the business is.
  if (normAt(tokens, phrase.from).endsWith('ing')) return false;
  let at = phrase.from - 1;
  if (SELF_DESCRIPTION_ARTICLES.has(normAt(tokens, at))) at--;
  if (isSelfDescribingVerb(tokens, at)) return true;
  return (
    normAt(tokens, at) === 'is' &&
    OWN_BUSINESS_WORDS.has(normAt(tokens, at - 1)) &&
    normAt(tokens, at - 2) === 'our'
  );
}

/**
 * The seller, not a market role: "our hotel group", "the studio's …", "the language school will
 * offer …" — an organisation named as the one doing the marketing.
 */
export function isSeller(tokens: readonly Token[], phrase: NounPhrase): boolean {
  if (isSelfDescribed(tokens, phrase)) return true;
  const first = normAt(tokens, phrase.from);
  const head = tokens[phrase.head] as Token;
  const next = normAt(tokens, phrase.to);
  if (first === 'our' && isOwnSellerNoun(head)) return true;
  // "the dog's eye level", "the child is the hero": dependants and animals sell nothing.
  if (first === 'the' && headMatches(userHeads, tokens, phrase.head)) return false;
  return (first === 'the' || first === 'our') && isActingSeller(head, next);
}
