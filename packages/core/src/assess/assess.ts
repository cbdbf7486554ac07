import { DIMENSION_IDS } from '../analysis/dimension-scores.ts';
import { mapDimensions } from '../classify/dimension-results.ts';
import { recommend } from '../classify/recommend.ts';
import { summarise } from '../classify/summarise.ts';
import type { Answer, Answers } from '../schemas/input.ts';
import type { Classification, Span } from '../schemas/result.ts';
import type { DimensionId, Lean, Orientation } from '../schemas/vocabulary.ts';

/**
 * How much each answer counts towards the orientation: who is addressed and what the
 * programme is for decide most (seed 001's key differences); who buys counts least, since
 * rule 1 judges what the initiative does, not the industry.
 */
export const ANSWER_WEIGHTS: Readonly<Record<DimensionId, number>> = {
  scope: 1,
  audience: 1.5,
  focus: 1.5,
  relationship: 1,
  emphasis: 1,
  insight: 0.75,
  market: 0.5,
};

/** Share of the minor pole from which the answers describe a hybrid. */
const HYBRID_SHARE = 0.35;

const LEAN_OF_ANSWER: Readonly<Record<Answer, Lean>> = {
  customer: 'customer',
  consumer: 'consumer',
  both: 'mixed',
  unsure: 'unknown',
};

function span(text: string | undefined): Span | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : { text: trimmed, start: 0, end: trimmed.length };
}

/**
 * The questionnaire path: answers to the seven dimension questions give the same result shape
 * as `classify`, with the same recommendations. Deterministic. Evidence lists are empty (there
 * is no text to point into); the confidence is the weighted agreement of the answers times the
 * share of the questionnaire answered.
 *
 * @example
 * ```ts
 * assess({ audience: 'consumer', focus: 'consumer', scope: 'consumer' }).orientation; // 'consumer'
 * ```
 */
export function assess(answers: Answers): Classification {
  let customer = 0;
  let consumer = 0;
  let answered = 0;
  let possible = 0;
  for (const id of DIMENSION_IDS) {
    const weight = ANSWER_WEIGHTS[id];
    possible += weight;
    const answer = answers[id];
    if (answer === undefined || answer === 'unsure') continue;
    answered += weight;
    if (answer === 'customer' || answer === 'both')
      customer += answer === 'both' ? weight / 2 : weight;
    if (answer === 'consumer' || answer === 'both')
      consumer += answer === 'both' ? weight / 2 : weight;
  }
  const total = customer + consumer;
  const customerShare = total === 0 ? 0.5 : customer / total;
  const minor = Math.min(customerShare, 1 - customerShare);
  const orientation: Orientation =
    total === 0
      ? 'undetermined'
      : minor >= HYBRID_SHARE
        ? 'hybrid'
        : customerShare > 0.5
          ? 'customer'
          : 'consumer';
  const agreement =
    orientation === 'hybrid'
      ? 1 - Math.abs(customerShare - 0.5) * 2
      : Math.abs(customerShare - 0.5) * 2;
  const coverage = answered / possible;
  const confidence =
    orientation === 'undetermined'
      ? 1
      : Math.round((0.34 + 0.66 * agreement * coverage) * 1000) / 1000;

  const dimensions = mapDimensions((id, name) => {
    const answer = answers[id];
    const lean = answer === undefined ? 'unknown' : LEAN_OF_ANSWER[answer];
    return {
      id,
      name,
      lean,
      strength: lean === 'customer' || lean === 'consumer' ? 1 : 0,
      customerShare: lean === 'customer' ? 1 : lean === 'consumer' ? 0 : 0.5,
      evidence: [],
    };
  });
  const purchaser = span(answers.purchaser);
  const endUser = span(answers.endUser);
  const probabilities =
    orientation === 'hybrid'
      ? { customer: (1 - confidence) / 2, consumer: (1 - confidence) / 2, hybrid: confidence }
      : orientation === 'customer'
        ? { customer: confidence, consumer: 1 - confidence, hybrid: 0 }
        : orientation === 'consumer'
          ? { customer: 1 - confidence, consumer: confidence, hybrid: 0 }
          : { customer: 1 / 3, consumer: 1 / 3, hybrid: 1 / 3 };
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    orientation,
    confidence,
    customerShare: round(customerShare),
    score: round(customerShare * 2 - 1),
    probabilities: {
      customer: round(probabilities.customer),
      consumer: round(probabilities.consumer),
      hybrid: round(probabilities.hybrid),
    },
    summary: summarise(
      orientation,
      confidence,
      dimensions,
      purchaser?.text ?? null,
      endUser?.text ?? null,
    ).replace(
      'the text has no sign of who pays, who uses, or what the initiative does for them',
      'no question was answered',
    ),
    dimensions,
    roles: {
      purchaser,
      endUser,
      differ: purchaser !== null && endUser !== null && purchaser.text !== endUser.text,
    },
    recommendations: recommend({
      orientation,
      dimensions,
      purchaser: purchaser?.text ?? null,
      endUser: endUser?.text ?? null,
    }),
  };
}
