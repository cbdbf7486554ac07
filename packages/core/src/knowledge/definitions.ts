import type { Definition } from '../schemas/knowledge.ts';
import type { TermId } from '../schemas/vocabulary.ts';
import { MARKET_SEED, MARKETING_SEED } from './sources.ts';

/** The four defined terms, in our own words, each traceable to its seed. */
export const definitions: readonly Definition[] = [
  {
    id: 'customer-market',
    term: 'Customer market',
    pole: 'customer',
    kind: 'market',
    short: 'The people or organisations that buy from one particular business.',
    long:
      "A business's customer market is made of its own buyers: those who already purchase from it and " +
      'the prospects who have shown interest in what it sells. It is looked at through the relationship ' +
      'between buyer and seller — how these buyers purchase, how loyal and how satisfied they are — and ' +
      'the aim is to win them, keep them and keep them satisfied with targeted, personal treatment.',
    characteristics: [
      'Specific to one business: existing buyers plus interested prospects',
      'Buyers can be individuals or organisations',
      'Studied through purchasing patterns, loyalty and satisfaction',
      'Built on a direct buyer–seller relationship with personal service and after-sale support',
      'Goal: repeat business, trust and long-term partnership',
    ],
    source: MARKET_SEED,
  },
  {
    id: 'consumer-market',
    term: 'Consumer market',
    pole: 'consumer',
    kind: 'market',
    short: 'The broad market of individuals and households who use products for their own needs.',
    long:
      'The consumer market is everyone who uses or consumes a kind of product or service to satisfy their ' +
      'own needs and wants, whichever business they happen to buy from. It is looked at through behaviour, ' +
      'preferences and trends across the whole market; relationships there are looser and more ' +
      'transactional, with people moving between brands in search of value, quality and convenience.',
    characteristics: [
      "The whole market of potential end users, not one firm's buyers",
      'Individuals and households using products for personal needs',
      'Studied through consumer behaviour, preferences, needs and trends',
      'Transactional: people engage with many brands and switch for value, quality, convenience',
      'Goal: understand demand to shape products, positioning and campaigns',
    ],
    source: MARKET_SEED,
  },
  {
    id: 'customer-marketing',
    term: 'Customer marketing',
    pole: 'customer',
    kind: 'marketing',
    short: 'Marketing aimed at those who purchase, to build the relationship and keep them buying.',
    long:
      'Customer marketing addresses whoever makes the purchase — a person or a business — and works on the ' +
      'relationship with them after the sale: keeping them engaged, rewarding their continued buying, and ' +
      'tailoring offers and messages to each of them. Its measure of success is retention and repeat ' +
      'purchase. Seed 001 files it under B2B. Example: a wholesaler rewards retailers that keep ordering in ' +
      'bulk with exclusive discounts and early access to new lines.',
    characteristics: [
      'Audience: the purchaser (individual or business)',
      'Focus: relationship building and retention',
      'Tactics: post-purchase engagement, loyalty programmes, personalised communication',
      'Emphasis on the act of purchasing: reorders, renewals, volume, terms',
      'B2B-leaning',
    ],
    source: MARKETING_SEED,
  },
  {
    id: 'consumer-marketing',
    term: 'Consumer marketing',
    pole: 'consumer',
    kind: 'marketing',
    short:
      'Marketing aimed at the end users of a product, whether or not they are the ones who pay.',
    long:
      'Consumer marketing speaks to the people who will actually use the product, even when someone else ' +
      'buys it. It creates demand by showing benefits that matter to users, builds awareness of and good ' +
      'feeling towards the brand, and centres on the experience of using the product and the problems it ' +
      'solves. Seed 001 files it under B2C. Example: a toy maker runs ads that children will love, although ' +
      'their parents are the ones who buy.',
    characteristics: [
      'Audience: the end user, who may not be the purchaser',
      'Focus: creating demand and brand awareness',
      'Tactics: benefit-led messaging, brand building, user-experience stories',
      'Emphasis on product usage and its benefits',
      'B2C-leaning',
    ],
    source: MARKETING_SEED,
  },
];

/** The definition with this id, or `undefined`. */
export function findDefinition(id: TermId | string): Definition | undefined {
  return definitions.find((definition) => definition.id === id);
}
