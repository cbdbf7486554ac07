import type { Comparison } from '../schemas/knowledge.ts';
import { MARKET_SEED, MARKETING_SEED } from './sources.ts';

/**
 * The side-by-side differences: seed 001's key-differences table followed by seed 000's
 * contrasts between the two markets.
 */
export const comparison: Comparison = {
  title: 'Customer vs consumer',
  columns: { customer: 'Customer (whoever pays)', consumer: 'Consumer (whoever uses)' },
  rows: [
    {
      aspect: 'Target audience',
      customer: 'Purchasers, individuals or businesses',
      consumer: 'End users of the product or service',
      dimension: 'audience',
      source: MARKETING_SEED,
    },
    {
      aspect: 'Primary focus',
      customer: 'Building the relationship and retaining buyers',
      consumer: 'Creating demand and brand awareness',
      dimension: 'focus',
      source: MARKETING_SEED,
    },
    {
      aspect: 'Purchase vs usage',
      customer: 'Stresses the act of buying',
      consumer: 'Stresses using the product and its benefits',
      dimension: 'emphasis',
      source: MARKETING_SEED,
    },
    {
      aspect: 'Typical market',
      customer: 'B2B-leaning',
      consumer: 'B2C-leaning',
      dimension: 'market',
      source: MARKETING_SEED,
    },
    {
      aspect: 'Typical tactics',
      customer: 'Post-purchase engagement, loyalty programmes, personalised communication',
      consumer: 'Benefit-led messaging, brand building, user-experience stories',
      dimension: null,
      source: MARKETING_SEED,
    },
    {
      aspect: 'Scope & perspective',
      customer: "One business's buyers: existing customers and interested prospects",
      consumer: 'The whole market of potential users',
      dimension: 'scope',
      source: MARKET_SEED,
    },
    {
      aspect: 'Relationship dynamics',
      customer: 'Direct, personal, long-term, with after-sale support',
      consumer: 'Transactional; people move between brands for value, quality, convenience',
      dimension: 'relationship',
      source: MARKET_SEED,
    },
    {
      aspect: 'What is studied',
      customer: 'Purchasing patterns, loyalty and satisfaction of own buyers',
      consumer: 'Behaviour, preferences, trends and competitors across the market',
      dimension: 'insight',
      source: MARKET_SEED,
    },
    {
      aspect: 'Strategy priorities',
      customer: 'Relationship management, personalisation, retention, advocacy',
      consumer: 'Research, positioning, differentiation, demand-creating campaigns',
      dimension: null,
      source: MARKET_SEED,
    },
  ],
};
