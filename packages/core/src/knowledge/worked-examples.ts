import type { WorkedExample } from '../schemas/knowledge.ts';
import { MARKETING_SEED } from './sources.ts';

/** The two worked examples of seed 001, retold, with their labels. */
export const workedExamples: readonly WorkedExample[] = [
  {
    id: 'wholesaler-loyalty',
    title: 'Wholesaler loyalty programme',
    text:
      'A wholesaler rewards the retailers that keep buying from it in bulk with exclusive discounts and ' +
      'early access to new products.',
    orientation: 'customer',
    purchaser: 'the retailers',
    endUser: null,
    why: 'It addresses the purchasers, aims at retention, rewards the act of buying and is B2B.',
    source: MARKETING_SEED,
  },
  {
    id: 'toy-ads',
    title: 'Toy advertising to children',
    text:
      'A toy manufacturer runs lively adverts aimed at children, although it is their parents who make ' +
      'the purchase.',
    orientation: 'consumer',
    purchaser: 'their parents',
    endUser: 'children',
    why: 'It addresses the end users rather than the payers, creates demand and sells the fun of using it.',
    source: MARKETING_SEED,
  },
];
