import type { Dimension, PoleProfile } from '../schemas/knowledge.ts';
import type { DimensionId } from '../schemas/vocabulary.ts';
import { DIMENSION_BASICS, type PoleBasics } from './dimension-basics.ts';
import { MARKET_SEED, MARKETING_SEED } from './sources.ts';

/** What a dimension's pole adds to its basics: its label, its questionnaire answer, more moves. */
interface PoleExtras {
  readonly label: string;
  readonly answer: string;
  readonly moreImplications: readonly string[];
}

/** What each dimension adds to its basics (`dimension-basics.ts`), and its seed. */
const EXTRAS: Readonly<
  Record<DimensionId, { customer: PoleExtras; consumer: PoleExtras; source: Dimension['source'] }>
> = {
  scope: {
    customer: {
      label: 'Our buyers',
      answer: 'Our own buyers (existing customers, engaged prospects)',
      moreImplications: ['Plan for repeat business from the buyers you already have'],
    },
    consumer: {
      label: 'The whole market',
      answer: 'The market at large (people who may not know us yet)',
      moreImplications: ['Shape products and campaigns around market-wide demand'],
    },
    source: MARKET_SEED,
  },
  audience: {
    customer: {
      label: 'The purchaser',
      answer: 'Whoever pays (the buyer, the account, the signer)',
      moreImplications: ['Tailor offers and terms to each purchaser'],
    },
    consumer: {
      label: 'The end user',
      answer: 'Whoever uses it (the end user, even if someone else pays)',
      moreImplications: ['Turn users into advocates who pull the purchase'],
    },
    source: MARKETING_SEED,
  },
  focus: {
    customer: {
      label: 'Relationship & retention',
      answer: 'Keep and grow the buyers we have',
      moreImplications: ['Invest in post-purchase engagement and win-back of lapsed buyers'],
    },
    consumer: {
      label: 'Demand & awareness',
      answer: 'Make new people want it (demand, awareness)',
      moreImplications: ['Create demand by dramatising benefits that matter to users'],
    },
    source: MARKETING_SEED,
  },
  relationship: {
    customer: {
      label: 'Direct & long-term',
      answer: 'One-to-one and lasting (named contacts, personal service)',
      moreImplications: ['Deliver exceptional service and post-purchase support'],
    },
    consumer: {
      label: 'Broad & transactional',
      answer: 'One-to-many and transactional (mass channels, brand choice)',
      moreImplications: ['Use mass and social channels to reach people at scale'],
    },
    source: MARKET_SEED,
  },
  emphasis: {
    customer: {
      label: 'The act of purchasing',
      answer: 'The buying (prices, terms, reorders, renewals)',
      moreImplications: ['Reward purchase frequency and volume'],
    },
    consumer: {
      label: 'Usage & benefits',
      answer: 'The using (experience, benefits, outcomes)',
      moreImplications: ['Invest in the user experience and onboarding'],
    },
    source: MARKETING_SEED,
  },
  insight: {
    customer: {
      label: "Our buyers' data",
      answer: "Our buyers' data (orders, CRM, satisfaction)",
      moreImplications: ['Track satisfaction and loyalty of each buyer'],
    },
    consumer: {
      label: 'Market research',
      answer: 'Market data (consumer research, trends, competitors)',
      moreImplications: ['Analyse trends and competitors to position and differentiate the brand'],
    },
    source: MARKET_SEED,
  },
  market: {
    customer: {
      label: 'B2B-leaning',
      answer: 'Businesses (accounts, resellers, institutions)',
      moreImplications: ['Support resellers and distributors with terms and enablement'],
    },
    consumer: {
      label: 'B2C-leaning',
      answer: 'People (individuals, households)',
      moreImplications: ['Compete on brand, experience and convenience'],
    },
    source: MARKETING_SEED,
  },
};

const pole = (basics: PoleBasics, extras: PoleExtras): PoleProfile => ({
  label: extras.label,
  description: basics.description,
  answer: extras.answer,
  implications: [
    basics.move,
    ...(basics.whenBuyersAre?.customer === undefined
      ? []
      : [`With businesses as buyers: ${basics.whenBuyersAre.customer.move}`]),
    ...(basics.whenBuyersAre?.consumer === undefined
      ? []
      : [`With people as buyers: ${basics.whenBuyersAre.consumer.move}`]),
    ...extras.moreImplications,
  ],
  kpis: [...basics.kpis],
});

/**
 * The seven dimensions along which a text is judged, with both poles, the question a person
 * answers, the strategy each pole implies (from the seeds) and typical KPIs (the project's own
 * addition, marked in each pole's `kpis`).
 */
export const dimensions: readonly (Dimension & { id: DimensionId })[] = DIMENSION_BASICS.map(
  (profile) => ({
    id: profile.id,
    name: profile.name,
    question: profile.question,
    customer: pole(profile.customer, EXTRAS[profile.id].customer),
    consumer: pole(profile.consumer, EXTRAS[profile.id].consumer),
    source: EXTRAS[profile.id].source,
  }),
);

/** The dimension with this id, or `undefined`. */
export function findDimension(
  id: DimensionId | string,
): (Dimension & { id: DimensionId }) | undefined {
  return dimensions.find((dimension) => dimension.id === id);
}
