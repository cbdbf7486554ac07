import {
  HEADING_ADDRESSERS,
  NAME_LIKE_PRONOUNS,
  ORGANISATION_MARKET_CUES,
  SELF_DESCRIPTION_ARTICLES,
  SELF_DESCRIPTION_REACH,
  SELLER_MODIFIER_REACH,
  SELLERS_OWN_PEOPLE,
} from '../lexicon/index.ts';
import { isWord, normAt, type Token } from '../text/tokenize.ts';
import type { CueHit } from './evidence.ts';
import { isPlural } from './noun-phrase.ts';
import { headingEnd, isActingSeller, isOwnSellerNoun, isSelfDescribingVerb } from './seller.ts';

/**
 * True when the token at `i` is the "is" of a company describing itself by name: "Sunnyside is
 * a budget airline", "Harbor Hardware is a franchisor" — a capitalised name, "is", then "a" or
 * "an". Not "the client is a hospital group", whose subject is a role.
 */
function isNamedSellerDescription(tokens: readonly Token[], i: number, raw: string): boolean {
  const subject = tokens[i - 1];
  if (
    normAt(tokens, i) !== 'is' ||
    !isWord(subject) ||
    !SELF_DESCRIPTION_ARTICLES.has(normAt(tokens, i + 1))
  )
    return false;
  const first = raw.charAt(subject.start);
  return first !== first.toLowerCase() && !NAME_LIKE_PRONOUNS.has(subject.norm);
}

/** True when a heading says whom it is for or about: "Account plan for the clinic: …". */
const isAddressedHeading = (tokens: readonly Token[], end: number) =>
  tokens.slice(0, end).some((t) => HEADING_ADDRESSERS.has(t.norm));

/**
 * True when the organisation named at `at` is the seller itself, the one doing the marketing: a
 * singular kind before its own people ("gym members", "hotel guests"), a singular kind after
 * "our" ("our gym", "our small family bakery"), after the writer saying what they run ("we run a
 * chain of yoga studios", "we're a boutique hotel"), "the" kind as the subject of what the
 * seller does ("the gym wants more members"), or the one singular business an opening heading
 * names ("Hair salon: …"). `heading` is where that heading ends (its colon), -1 without one.
 */
export function namesTheSeller(
  tokens: readonly Token[],
  at: number,
  raw: string,
  heading = headingEnd(tokens),
): boolean {
  const noun = tokens[at] as Token;
  // "Hair salon: …", "Pet pharmacy: …": a heading that is one business, singular, names whose
  // plan it is ("Hotel bed supplier: …" ends on the seller, and the hotels stay buyers).
  if (at === heading - 1 && !isPlural(noun.norm) && !isAddressedHeading(tokens, at)) return true;
  // "lapsed gym members", "hotel guests", "café app members": the business whose people they are.
  const next = tokens[at + 1];
  const afterNext = tokens[at + 2];
  if (
    !isPlural(noun.norm) &&
    isWord(next) &&
    (SELLERS_OWN_PEOPLE.has(next.norm) ||
      (isWord(afterNext) && SELLERS_OWN_PEOPLE.has(afterNext.norm)))
  )
    return true;
  for (let i = at - 1, words = 0; i >= 0 && words <= SELF_DESCRIPTION_REACH; i--, words++) {
    const token = tokens[i];
    if (!isWord(token)) return false;
    if ((token.norm === 'our' || token.norm === 'my') && words <= SELLER_MODIFIER_REACH)
      return isOwnSellerNoun(noun);
    if (isSelfDescribingVerb(tokens, i)) return true;
    if (isNamedSellerDescription(tokens, i, raw)) return true;
    if (token.norm === 'the') return i === at - 1 && isActingSeller(noun, next?.norm ?? '');
  }
  return false;
}

/**
 * Drops market evidence that names the seller's own kind of business: "our gym" says who sells,
 * not that organisations buy.
 */
export function dropSellerMarketHits(
  hits: readonly CueHit[],
  tokens: readonly Token[],
  raw: string,
): CueHit[] {
  const heading = headingEnd(tokens);
  return hits.filter(
    (hit) =>
      !ORGANISATION_MARKET_CUES.has(hit.cue.id) ||
      !namesTheSeller(tokens, hit.to - 1, raw, heading),
  );
}
