/**
 * A learned reading of each dimension's lean. The rules of `classify/dimension-leans.ts` give a
 * first lean from the dimension's own evidence and the orientation; this model, fitted on the
 * labelled sets, weighs that lean together with how much evidence each pole has, how sure the
 * orientation is and who the text names, and gives the lean a reader would. The evidence shown
 * stays the same; only the lean can change.
 *
 * @module
 */
import type { PoleTotals } from '../analysis/dimension-scores.ts';
import type { DimensionId, Lean, Orientation } from '../schemas/vocabulary.ts';

/** The leans the model chooses between, in weight-row order. */
export const LEAN_CLASSES = ['customer', 'consumer', 'mixed', 'unknown'] as const;

/** What the whole text says, shared by its seven dimensions. */
export interface TextReading {
  readonly orientation: Orientation;
  /** Customer, consumer and hybrid probabilities, in that order. */
  readonly probabilities: readonly number[];
  readonly confidence: number;
  /** True when the text defines a segment rather than a programme. */
  readonly segment: boolean;
  /** How many words it has. */
  readonly words: number;
  readonly purchaser: boolean;
  readonly endUser: boolean;
  /** True when the purchaser and the end user are different people. */
  readonly rolesDiffer: boolean;
}

/** What one dimension's evidence says. */
export interface DimensionReading {
  readonly totals: PoleTotals;
  /** How many cue hits speak to the dimension. */
  readonly evidence: number;
  /** True when any of them is negated. */
  readonly negated: boolean;
  /** The lean the rules give. */
  readonly ruleLean: Lean;
}

/** The model's feature names, in vector order (documentation and a check on shipped weights). */
export const DIMENSION_FEATURE_NAMES = [
  'bias',
  'customerMass',
  'consumerMass',
  'mass',
  'customerShare',
  'noEvidence',
  'customerOrientation',
  'consumerOrientation',
  'hybridOrientation',
  'customerProbability',
  'consumerProbability',
  'hybridProbability',
  'segment',
  'ruleCustomer',
  'ruleConsumer',
  'ruleMixed',
  'ruleUnknown',
  'length',
  'purchaserNamed',
  'endUserNamed',
  'rolesDiffer',
  'evidenceCount',
  'negated',
  'confidence',
] as const;

const flag = (value: boolean) => (value ? 1 : 0);

/** The feature vector of one dimension of a text, in `DIMENSION_FEATURE_NAMES` order. */
export function dimensionFeatures(text: TextReading, dimension: DimensionReading): number[] {
  const { customer, consumer } = dimension.totals;
  const mass = customer + consumer;
  return [
    1,
    Math.log1p(customer),
    Math.log1p(consumer),
    Math.log1p(mass),
    mass === 0 ? 0.5 : customer / mass,
    flag(mass === 0),
    flag(text.orientation === 'customer'),
    flag(text.orientation === 'consumer'),
    flag(text.orientation === 'hybrid'),
    text.probabilities[0] ?? 0,
    text.probabilities[1] ?? 0,
    text.probabilities[2] ?? 0,
    flag(text.segment),
    ...LEAN_CLASSES.map((lean) => flag(dimension.ruleLean === lean)),
    Math.log1p(text.words) / 5,
    flag(text.purchaser),
    flag(text.endUser),
    flag(text.rolesDiffer),
    Math.log1p(dimension.evidence),
    flag(dimension.negated),
    text.confidence,
  ];
}

/**
 * Weights per learned dimension: one row per lean of `LEAN_CLASSES`, one column per feature. Only
 * their ratios matter (the lean is the highest-scoring row), so they may be stored at any scale.
 * A dimension without weights keeps the lean the rules give.
 */
export type DimensionModel = Readonly<Partial<Record<DimensionId, readonly (readonly number[])[]>>>;

/**
 * The lean with the highest score under `model` for one dimension's features, or undefined when
 * the model has no weights for the dimension (the rules' lean stands).
 */
export function predictLean(
  model: DimensionModel,
  id: DimensionId,
  features: readonly number[],
): Lean | undefined {
  const rows = model[id];
  if (rows === undefined) return undefined;
  let best = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < rows.length; c++) {
    const row = rows[c] as readonly number[];
    let score = 0;
    for (let i = 0; i < row.length; i++) score += (row[i] as number) * (features[i] ?? 0);
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return LEAN_CLASSES[best] ?? 'unknown';
}
