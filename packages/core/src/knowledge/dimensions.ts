import type { Dimension } from '../schemas/knowledge.ts';
import type { DimensionId } from '../schemas/vocabulary.ts';
import { MARKET_SEED, MARKETING_SEED } from './sources.ts';

/**
 * The seven dimensions along which a text is judged, with both poles, the question a person
 * answers, the strategy each pole implies (from the seeds) and typical KPIs (the project's own
 * addition, marked in each pole's `kpis`).
 */
export const dimensions: readonly (Dimension & { id: DimensionId })[] = [
  {
    id: 'scope',
    name: 'Scope & perspective',
    question: 'Is it about our own buyers, or about the market at large?',
    customer: {
      label: 'Our buyers',
      description:
        'The specific buyers of this business: existing customers plus prospects who showed interest.',
      answer: 'Our own buyers (existing customers, engaged prospects)',
      implications: [
        'Segment the installed base by value, tenure and renewal date',
        'Plan for repeat business from the buyers you already have',
      ],
      kpis: ['customer retention rate', 'share of wallet', 'repeat purchase rate'],
    },
    consumer: {
      label: 'The whole market',
      description: 'Every potential end user in the market, whichever business they buy from.',
      answer: 'The market at large (people who may not know us yet)',
      implications: [
        'Size the market and map its segments by needs and behaviour',
        'Shape products and campaigns around market-wide demand',
      ],
      kpis: ['market share', 'reach', 'new-customer acquisition'],
    },
    source: MARKET_SEED,
  },
  {
    id: 'audience',
    name: 'Target audience',
    question: 'Who is addressed: whoever pays, or whoever uses?',
    customer: {
      label: 'The purchaser',
      description: 'The person or organisation that buys and pays.',
      answer: 'Whoever pays (the buyer, the account, the signer)',
      implications: [
        'Address the decision-maker who signs and pays',
        'Tailor offers and terms to each purchaser',
      ],
      kpis: ['renewal rate', 'account expansion', 'customer lifetime value'],
    },
    consumer: {
      label: 'The end user',
      description: 'The person who uses the product, even when someone else pays.',
      answer: 'Whoever uses it (the end user, even if someone else pays)',
      implications: [
        "Speak to the user's desires and problems, not the buyer's budget",
        'Turn users into advocates who pull the purchase',
      ],
      kpis: ['aided and unaided awareness', 'preference among users', 'trial rate'],
    },
    source: MARKETING_SEED,
  },
  {
    id: 'focus',
    name: 'Primary focus',
    question: 'Is the goal to keep and grow buyers, or to make people want it?',
    customer: {
      label: 'Relationship & retention',
      description: 'Keeping buyers, deepening the relationship, earning repeat business.',
      answer: 'Keep and grow the buyers we have',
      implications: [
        'Run a loyalty or rewards programme for continued patronage',
        'Invest in post-purchase engagement and win-back of lapsed buyers',
      ],
      kpis: ['churn rate', 'retention rate', 'repeat purchase rate', 'net promoter score (NPS)'],
    },
    consumer: {
      label: 'Demand & awareness',
      description: 'Creating demand and building brand awareness and positive associations.',
      answer: 'Make new people want it (demand, awareness)',
      implications: [
        'Build awareness with reach channels and a distinctive brand position',
        'Create demand by dramatising benefits that matter to users',
      ],
      kpis: ['brand awareness', 'consideration', 'trial', 'branded search volume'],
    },
    source: MARKETING_SEED,
  },
  {
    id: 'relationship',
    name: 'Relationship dynamics',
    question: 'One-to-one and lasting, or one-to-many and transactional?',
    customer: {
      label: 'Direct & long-term',
      description: 'A direct, personalised, lasting partnership with service after the sale.',
      answer: 'One-to-one and lasting (named contacts, personal service)',
      implications: [
        'Give key buyers a named contact and personalised communication',
        'Deliver exceptional service and post-purchase support',
      ],
      kpis: ['customer satisfaction (CSAT)', 'NPS', 'customer tenure'],
    },
    consumer: {
      label: 'Broad & transactional',
      description:
        'One-to-many reach; users move between brands seeking value, quality and convenience.',
      answer: 'One-to-many and transactional (mass channels, brand choice)',
      implications: [
        'Win the moment of choice with value, quality and convenience',
        'Use mass and social channels to reach people at scale',
      ],
      kpis: ['reach and frequency', 'cost per acquisition', 'conversion rate'],
    },
    source: MARKET_SEED,
  },
  {
    id: 'emphasis',
    name: 'Purchase vs usage',
    question: 'Does the message sell the buying, or the using?',
    customer: {
      label: 'The act of purchasing',
      description: 'Reorders, bulk buying, renewals, prices and terms.',
      answer: 'The buying (prices, terms, reorders, renewals)',
      implications: [
        'Make buying again easy: reorder paths, renewal terms, volume pricing',
        'Reward purchase frequency and volume',
      ],
      kpis: ['reorder rate', 'average order value', 'purchase frequency'],
    },
    consumer: {
      label: 'Usage & benefits',
      description: 'Using the product: the experience, the benefits, the outcomes.',
      answer: 'The using (experience, benefits, outcomes)',
      implications: [
        'Show the product in use and the problem it solves',
        'Invest in the user experience and onboarding',
      ],
      kpis: ['usage and adoption', 'user satisfaction', 'product reviews and ratings'],
    },
    source: MARKETING_SEED,
  },
  {
    id: 'insight',
    name: 'What is studied',
    question: "Whose data drives decisions: our buyers', or the market's?",
    customer: {
      label: "Our buyers' data",
      description:
        'Purchasing patterns, loyalty and satisfaction of our own buyers (CRM, order history).',
      answer: "Our buyers' data (orders, CRM, satisfaction)",
      implications: [
        'Manage the relationship in a CRM and act on purchase history',
        'Track satisfaction and loyalty of each buyer',
      ],
      kpis: ['customer lifetime value', 'CSAT', 'purchase frequency'],
    },
    consumer: {
      label: 'Market research',
      description: 'Consumer behaviour, preferences, trends and the competitive landscape.',
      answer: 'Market data (consumer research, trends, competitors)',
      implications: [
        'Research consumer behaviour and preferences',
        'Analyse trends and competitors to position and differentiate the brand',
      ],
      kpis: ['share of search', 'market share', 'brand preference versus competitors'],
    },
    source: MARKET_SEED,
  },
  {
    id: 'market',
    name: 'Typical market',
    question: 'Are the buyers businesses or people?',
    customer: {
      label: 'B2B-leaning',
      description: 'Buyers are businesses: accounts, resellers, institutions, manufacturers.',
      answer: 'Businesses (accounts, resellers, institutions)',
      implications: [
        'Organise around accounts, contracts and buying committees',
        'Support resellers and distributors with terms and enablement',
      ],
      kpis: ['account retention', 'net revenue retention', 'contract value'],
    },
    consumer: {
      label: 'B2C-leaning',
      description: 'Buyers are individuals and households.',
      answer: 'People (individuals, households)',
      implications: [
        'Reach households through mass, retail and digital channels',
        'Compete on brand, experience and convenience',
      ],
      kpis: ['household penetration', 'market share', 'brand awareness'],
    },
    source: MARKETING_SEED,
  },
];

/** The dimension with this id, or `undefined`. */
export function findDimension(
  id: DimensionId | string,
): (Dimension & { id: DimensionId }) | undefined {
  return dimensions.find((dimension) => dimension.id === id);
}
