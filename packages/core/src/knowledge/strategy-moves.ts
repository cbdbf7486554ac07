import type { Pole } from '../schemas/vocabulary.ts';

/**
 * Strategy moves that depend on the structure of a text rather than on one dimension: who
 * pays versus who uses, and programmes that mix both poles. `{purchaser}` and `{endUser}` are
 * filled with the roles the text names. Drawn from seed 001 (the toy example, the closing
 * advice to combine both) and seed 000 (strategy implications).
 */
export interface StrategyMove {
  readonly id: string;
  readonly pole: Pole | 'both';
  readonly when: 'consumer-roles-differ' | 'customer-roles-differ' | 'hybrid' | 'undetermined';
  readonly title: string;
  readonly detail: string;
  readonly kpis: readonly string[];
}

/** The structural moves, each with the situation it answers. */
export const STRATEGY_MOVES: readonly StrategyMove[] = [
  {
    id: 'user-pull',
    pole: 'consumer',
    when: 'consumer-roles-differ',
    title: 'Let the users pull the purchase',
    detail:
      'The message goes to {endUser}, while the purchase is made by {purchaser}: give users a reason to ask for it by name, and give the payer an easy answer (price, proof, terms) when they do.',
    kpis: [
      'preference among users',
      'requests or referrals from users to buyers',
      'win rate where users asked for it',
    ],
  },
  {
    id: 'payer-relationship-user-health',
    pole: 'customer',
    when: 'customer-roles-differ',
    title: 'Keep the payer close, and watch the users',
    detail:
      "The programme serves {purchaser}; {endUser} use the product. Renewals follow the users' experience, so bring usage and satisfaction of {endUser} into every conversation with {purchaser}.",
    kpis: ['renewal rate', 'active usage in each account', 'user satisfaction'],
  },
  {
    id: 'two-tracks',
    pole: 'both',
    when: 'hybrid',
    title: 'Run two tracks with their own budget and KPIs',
    detail:
      'Both poles carry weight here: keep a relationship track for existing buyers{purchaserClause} and a demand track for the wider market{endUserClause}, each measured on its own terms so that neither hides the other.',
    kpis: [
      'retention or renewal rate (relationship track)',
      'awareness and new-customer acquisition (demand track)',
    ],
  },
  {
    id: 'state-the-orientation',
    pole: 'both',
    when: 'undetermined',
    title: 'Say who it is for',
    detail:
      'Nothing here says what the initiative should do, or for whom. State who pays, who uses, and whether the aim is to keep buyers or to win new demand.',
    kpis: [],
  },
];
