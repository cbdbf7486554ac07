import { CLAUSE_VERBS } from './phrase-words.ts';
import { wordSet } from './word-set.ts';

/**
 * Words that tell the seller — the one doing the marketing — from the market it addresses:
 * an opening heading ("Pet food wholesale: …") and "our hotel group", "the gym will …".
 *
 * @module
 */

/** Words of an opening heading ("Lapsed-buyer win-back for the garden centre: …"). */
export const HEADING_WORDS = 10;

/** Words that make a heading say whom it addresses, not who sells: "Plan for the clinic: …". */
export const HEADING_ADDRESSERS: ReadonlySet<string> = wordSet('about at for re to with');

/**
 * A heading "for" one of these names whose plan it is, not whom it addresses: "Recommendation
 * for the cloud-hosting client:", "retention plan for the dog-walking biz:".
 */
export const HEADING_SELLERS: ReadonlySet<string> = wordSet(
  'brand business client company firm shop store studio team',
);

/** After the seller: what the one doing the marketing does ("the gym will…", "the bank's…"). */
export const SELLER_VERBS: ReadonlySet<string> = wordSet(
  "' 's gives has is keeps launches makes needs offers plans rewards runs sells sends wants will",
);

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

/** Words that may stand between "our" and the seller it names: "our [small family] bakery". */
export const SELLER_MODIFIER_REACH = 3;

/** Words that may stand between "we run" and the seller: "we run [a chain of yoga] studios". */
export const SELF_DESCRIPTION_REACH = 5;

/**
 * Verbs by which a writer says what their own business is: "we run a chain of studios", "we're
 * a boutique hotel", "I own a bakery".
 */
export const SELF_DESCRIBING_VERBS: ReadonlySet<string> = wordSet('am are manage operate own run');

/** Market cues that name organisations as the buyers, which the seller's own kind is not. */
export const ORGANISATION_MARKET_CUES: ReadonlySet<string> = new Set(['business-buyers']);

/** Singular buyer nouns that "our" may open ("our customer", "our client"). */
export const SELLER_EXCEPTIONS: ReadonlySet<string> = wordSet(
  'account buyer client customer member subscriber',
);

/** Nouns for the writer's own business before "is": "our *company* is a mobile operator". */
export const OWN_BUSINESS_WORDS: ReadonlySet<string> = wordSet('brand business company firm');

/** Articles after "is" when a company describes itself by name: "Sunnyside is *a* …". */
export const SELF_DESCRIPTION_ARTICLES: ReadonlySet<string> = wordSet('a an');

/** Subjects of `SELF_DESCRIBING_VERBS` that make the business the writer's own. */
export const SELF_PRONOUNS: ReadonlySet<string> = wordSet('i we');

/** Capitalised words before "is a …" that name no company: "It is a …", "This is a …". */
export const NAME_LIKE_PRONOUNS: ReadonlySet<string> = wordSet(
  'here it that there this what which who',
);

/**
 * People of a business who buy from it for themselves: after a kind of business they make it
 * the seller ("lapsed gym members", "hotel guests", "café app members"), not a buyer.
 */
export const SELLERS_OWN_PEOPLE: ReadonlySet<string> = wordSet(
  'cardholder cardholders customer customers diner diners goers guest guests member ' +
    'members membership memberships passenger passengers patient patients regulars ' +
    'shopper shoppers subscriber subscribers visitor visitors',
);

/**
 * Cues of looking after one account (a renewal, a contract, a QBR, an account plan): beside them,
 * a business named in a heading ("Renewal plan for the hospital: …") is the account, not the
 * seller.
 */
export const ACCOUNT_TALK_CUES: ReadonlySet<string> = new Set([
  'renewal',
  'contract',
  'contract-end',
  'key-account',
  'upsell',
  'quarterly-review',
  'service-records',
]);
