/**
 * What a classification shows of each dimension: its name and question, and for each pole what
 * it means, the first strategy move it implies and typical KPIs (the project's own addition).
 * The rest of the knowledge about a dimension (labels, questionnaire answers, further moves, the
 * seed) is in `dimensions.ts`, so that importing only `classify` does not bundle it.
 *
 * @module
 */
import type { DimensionId, Pole } from '../schemas/vocabulary.ts';

/** A move as it reads for one kind of buyer, with the KPIs that go with it when they differ. */
export interface MoveVariant {
  readonly move: string;
  readonly kpis?: readonly string[];
}

/** What a classification shows of one pole of a dimension. */
export interface PoleBasics {
  /** What the pole means. */
  readonly description: string;
  /** The first strategy move the pole implies. */
  readonly move: string;
  /**
   * The move as it reads when the market dimension says who buys: `customer` for businesses,
   * `consumer` for people. Keeping a café chain and keeping a shopper are different work.
   */
  readonly whenBuyersAre?: Partial<Record<Pole, MoveVariant>>;
  /** Typical KPIs for the pole (the project's own addition). */
  readonly kpis: readonly string[];
}

/** What a classification shows of one dimension. */
export interface DimensionBasics {
  readonly id: DimensionId;
  readonly name: string;
  readonly question: string;
  readonly customer: PoleBasics;
  readonly consumer: PoleBasics;
}

/** The seven dimensions as a classification shows them, in the order results list them. */
export const DIMENSION_BASICS: readonly DimensionBasics[] = [
  {
    id: 'scope',
    name: 'Scope & perspective',
    question: 'Is it about our own buyers, or about the market at large?',
    customer: {
      description:
        'The specific buyers of this business: existing customers plus prospects who showed interest.',
      move: 'Segment the installed base by value, tenure and renewal date',
      whenBuyersAre: {
        consumer: { move: 'Segment existing buyers by value, frequency and recency' },
      },
      kpis: ['customer retention rate', 'share of wallet', 'repeat purchase rate'],
    },
    consumer: {
      description: 'Every potential end user in the market, whichever business they buy from.',
      move: 'Size the market and map its segments by needs and behaviour',
      kpis: ['market share', 'reach', 'new-customer acquisition'],
    },
  },
  {
    id: 'audience',
    name: 'Target audience',
    question: 'Who is addressed: whoever pays, or whoever uses?',
    customer: {
      description: 'The person or organisation that buys and pays.',
      move: 'Address the decision-maker who signs and pays',
      whenBuyersAre: {
        consumer: {
          move: 'Address the people who pay in the light of what they already buy',
          kpis: ['repeat purchase rate', 'customer lifetime value', 'share of wallet'],
        },
      },
      kpis: ['renewal rate', 'account expansion', 'customer lifetime value'],
    },
    consumer: {
      description: 'The person who uses the product, even when someone else pays.',
      move: "Speak to the user's desires and problems, not the buyer's budget",
      kpis: ['aided and unaided awareness', 'preference among users', 'trial rate'],
    },
  },
  {
    id: 'focus',
    name: 'Primary focus',
    question: 'Is the goal to keep and grow buyers, or to make people want it?',
    customer: {
      description: 'Keeping buyers, deepening the relationship, earning repeat business.',
      move: 'Run a loyalty or rewards programme that pays back repeat buying',
      whenBuyersAre: {
        customer: { move: 'Keep each account with regular business reviews and a renewal plan' },
      },
      kpis: ['churn rate', 'retention rate', 'repeat purchase rate', 'net promoter score (NPS)'],
    },
    consumer: {
      description: 'Creating demand and building brand awareness and positive associations.',
      move: 'Build awareness with reach channels and a distinctive brand position',
      kpis: ['brand awareness', 'consideration', 'trial', 'branded search volume'],
    },
  },
  {
    id: 'relationship',
    name: 'Relationship dynamics',
    question: 'One-to-one and lasting, or one-to-many and transactional?',
    customer: {
      description: 'A direct, personalised, lasting partnership with service after the sale.',
      move: 'Give key buyers a named contact and personalised communication',
      whenBuyersAre: {
        consumer: { move: "Personalise offers and service to each buyer's history" },
      },
      kpis: ['customer satisfaction (CSAT)', 'NPS', 'customer tenure'],
    },
    consumer: {
      description:
        'One-to-many reach; users move between brands seeking value, quality and convenience.',
      move: 'Win the moment of choice with value, quality and convenience',
      kpis: ['reach and frequency', 'cost per acquisition', 'conversion rate'],
    },
  },
  {
    id: 'emphasis',
    name: 'Purchase vs usage',
    question: 'Does the message sell the buying, or the using?',
    customer: {
      description: 'Reorders, bulk buying, renewals, prices and terms.',
      move: 'Make buying again easy: reorder paths, renewal terms, volume pricing',
      whenBuyersAre: {
        consumer: {
          move: 'Make buying again easy: one-tap reorder, subscriptions, saved baskets',
          kpis: ['repeat purchase rate', 'average order value', 'purchase frequency'],
        },
      },
      kpis: ['reorder rate', 'average order value', 'purchase frequency'],
    },
    consumer: {
      description: 'Using the product: the experience, the benefits, the outcomes.',
      move: 'Show the product in use and the problem it solves',
      kpis: ['usage and adoption', 'user satisfaction', 'product reviews and ratings'],
    },
  },
  {
    id: 'insight',
    name: 'What is studied',
    question: "Whose data drives decisions: our buyers', or the market's?",
    customer: {
      description:
        'Purchasing patterns, loyalty and satisfaction of our own buyers (CRM, order history).',
      move: 'Manage the relationship in a CRM and act on purchase history',
      kpis: ['customer lifetime value', 'CSAT', 'purchase frequency'],
    },
    consumer: {
      description: 'Consumer behaviour, preferences, trends and the competitive landscape.',
      move: 'Research consumer behaviour and preferences',
      kpis: ['share of search', 'market share', 'brand preference versus competitors'],
    },
  },
  {
    id: 'market',
    name: 'Typical market',
    question: 'Are the buyers businesses or people?',
    customer: {
      description: 'Buyers are businesses: accounts, resellers, institutions, manufacturers.',
      move: 'Organise around accounts, contracts and buying committees',
      kpis: ['account retention', 'net revenue retention', 'contract value'],
    },
    consumer: {
      description: 'Buyers are individuals and households.',
      move: 'Reach households through mass, retail and digital channels',
      kpis: ['household penetration', 'market share', 'brand awareness'],
    },
  },
];
