import { CLAUSE_VERBS } from './phrase-words.ts';

/**
 * Words that tell the seller — the one doing the marketing — from the market it addresses:
 * an opening heading ("Pet food wholesale: …") and "our hotel group", "the gym will …".
 *
 * @module
 */

/** Verbs that make the words before a colon a sentence rather than a heading. */
export const HEADING_BREAKING_VERBS: ReadonlySet<string> = new Set([
  ...CLAUSE_VERBS,
  'is',
  'are',
  'will',
  'should',
  'aims',
  'plans',
  'targets',
  'hopes',
  'expects',
]);

/** Words of an opening heading ("Lapsed-buyer win-back for the garden centre: …"). */
export const HEADING_WORDS = 10;

/**
 * A heading "for" one of these names whose plan it is, not whom it addresses: "Recommendation
 * for the cloud-hosting client:", "retention plan for the dog-walking biz:".
 */
export const HEADING_SELLERS: ReadonlySet<string> = new Set([
  'client',
  'biz',
  'brand',
  'company',
  'firm',
  'business',
  'team',
  'shop',
  'store',
  'studio',
]);

/** After the seller: what the one doing the marketing does ("the gym will…", "the bank's…"). */
export const SELLER_VERBS: ReadonlySet<string> = new Set([
  "'s",
  "'",
  'will',
  'wants',
  'plans',
  'is',
  'has',
  'runs',
  'offers',
  'sells',
  'makes',
  'launches',
  'needs',
]);

/** Singular buyer nouns that "our" may open ("our customer", "our client"). */
export const SELLER_EXCEPTIONS: ReadonlySet<string> = new Set([
  'customer',
  'client',
  'member',
  'subscriber',
  'buyer',
  'account',
]);
