import type { Analysis } from '../analysis/analyse.ts';
import { splitParts } from '../analysis/parts.ts';
import { overlaps } from '../analysis/phrase-relations.ts';
import { isServed } from '../analysis/served.ts';
import { DIMENSION_IDS } from '../dimension-ids.ts';
import type { DimensionId } from '../schemas/vocabulary.ts';

/** Names of the features the orientation model reads, in vector order. */
export const FEATURE_NAMES = [
  'bias',
  'customerShare',
  'customerMass',
  'consumerMass',
  'balance',
  'customerPart',
  'consumerPart',
  'splitParts',
  'splitCues',
  'joiners',
  'bothDeclared',
  'declaredWithBothPoles',
  'rolesDiffer',
  'bothRolesServed',
  'scopeLean',
  'audienceLean',
  'focusLean',
  'relationshipLean',
  'emphasisLean',
  'marketWhenLittleElse',
] as const;

/** A feature vector, in `FEATURE_NAMES` order. */
export type FeatureVector = readonly number[];

/** Every dimension but the market: what the programme does, not who buys. */
const PROGRAMME_DIMENSIONS: readonly DimensionId[] = DIMENSION_IDS.filter((id) => id !== 'market');

function lean(analysis: Analysis, dimension: DimensionId): number {
  const { customer, consumer } = analysis.scores[dimension];
  return (customer - consumer) / (customer + consumer + 1);
}

/** Programme evidence totals (every dimension but the market). */
export function programmeTotals(analysis: Analysis): { customer: number; consumer: number } {
  let customer = 0;
  let consumer = 0;
  for (const dimension of PROGRAMME_DIMENSIONS) {
    customer += analysis.scores[dimension].customer;
    consumer += analysis.scores[dimension].consumer;
  }
  return { customer, consumer };
}

/**
 * Turns an analysis into the numbers the orientation model weighs: how much evidence each pole
 * has overall, whether one part of the text is clearly customer and another clearly consumer
 * (the mark of a hybrid), and how each dimension leans.
 */
export function extractFeatures(analysis: Analysis): FeatureVector {
  return readFeatures(analysis).vector;
}

/** Share of the weaker pole from which a text that says "both matter" is a hybrid outright. */
const DECLARED_MINOR_SHARE = 0.2;

/**
 * The feature vector, and whether the text declares both poles outright: it says that both
 * matter ("two jobs", "not either/or", "both matter equally") and each pole has real evidence
 * (label rule 2). In the labelled sets nearly every such text is a hybrid.
 */
export function readFeatures(analysis: Analysis): {
  vector: FeatureVector;
  declaresBoth: boolean;
} {
  const { customer, consumer } = programmeTotals(analysis);
  const total = customer + consumer;
  const { parts, joinerCount, bothDeclared } = splitParts(
    analysis.tokens,
    analysis.structure,
    analysis.hits,
  );
  let customerPart = 0;
  let consumerPart = 0;
  let customerCues = 0;
  let consumerCues = 0;
  for (const part of parts) {
    if (part.customer - part.consumer > customerPart) {
      customerPart = part.customer - part.consumer;
      customerCues = part.customerCues;
    }
    if (part.consumer - part.customer > consumerPart) {
      consumerPart = part.consumer - part.customer;
      consumerCues = part.consumerCues;
    }
  }
  // Roles as the text states them: a dependant named in passing says nothing about structure.
  const { endUserInferred, purchaserInferred } = analysis.roles;
  const purchaser = purchaserInferred ? null : analysis.roles.purchaser;
  const endUser = endUserInferred ? null : analysis.roles.endUser;
  const rolesDiffer =
    purchaser !== null && endUser !== null && !overlaps(purchaser, endUser) ? 1 : 0;
  const minor = Math.min(customer, consumer);
  const declaresBoth = bothDeclared > 0 && minor >= 1 && minor / total >= DECLARED_MINOR_SHARE;
  const vector: FeatureVector = [
    1,
    total === 0 ? 0 : customer / total - 0.5,
    Math.log1p(customer),
    Math.log1p(consumer),
    total === 0 ? 0 : minor / Math.max(customer, consumer),
    Math.log1p(customerPart),
    Math.log1p(consumerPart),
    Math.log1p(Math.min(customerPart, consumerPart)),
    Math.min(customerCues, consumerCues, 4) / 4,
    Math.min(joinerCount, 3) / 3,
    Math.min(bothDeclared, 2) / 2,
    // Saying "both matter" counts most when the text really has something of each pole.
    bothDeclared > 0 && minor >= 1 ? 1 : 0,
    rolesDiffer,
    // "dealers get rebates, and farmers see a ride-along series": each role is given something.
    rolesDiffer === 1 && isServed(analysis.tokens, purchaser) && isServed(analysis.tokens, endUser)
      ? 1
      : 0,
    lean(analysis, 'scope'),
    lean(analysis, 'audience'),
    lean(analysis, 'focus'),
    lean(analysis, 'relationship'),
    lean(analysis, 'emphasis'),
    // Who buys speaks when little else does (a company description, a one-line brief).
    lean(analysis, 'market') / (1 + total),
  ];
  return { vector, declaresBoth };
}
