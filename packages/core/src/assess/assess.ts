import { buildResult, round } from '../classify/build-result.ts';
import { mapDimensions } from '../classify/dimension-results.ts';
import { peopleNamed } from '../classify/same-people.ts';
import { DIMENSION_IDS } from '../dimension-ids.ts';
import type { Answer, Answers } from '../schemas/input.ts';
import type { Classification, RoleSpan } from '../schemas/result.ts';
import type { DimensionId, Lean, Orientation } from '../schemas/vocabulary.ts';
import { checkAnswers } from './check-answers.ts';

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

function span(text: string | undefined): RoleSpan | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : { text: trimmed, start: 0, end: trimmed.length, inferred: false };
}

/**
 * The questionnaire path: answers to the seven dimension questions give the same result shape
 * as `classify`, with the same recommendations. Deterministic. Evidence lists are empty (there
 * is no text to point into); the confidence is the weighted agreement of the answers times the
 * share of the questionnaire answered. Throws a `TypeError` naming the field when an answer is not
 * one the questions take (see `checkAnswers`).
 *
 * @example
 * ```ts
 * assess({ audience: 'consumer', focus: 'consumer', scope: 'consumer' }).orientation; // 'consumer'
 * ```
 */
export function assess(answers: Answers): Classification {
  checkAnswers(answers);
  let customer = 0;
  let consumer = 0;
  let answered = 0;
  let possible = 0;
  let unsure = 0;
  for (const id of DIMENSION_IDS) {
    const weight = ANSWER_WEIGHTS[id];
    possible += weight;
    const answer = answers[id];
    if (answer === 'unsure') unsure++;
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
  const confidence = orientation === 'undetermined' ? 1 : round(0.34 + 0.66 * agreement * coverage);

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
  // The orientation is the likeliest class: what the confidence leaves is shared by the other
  // two (the confidence is at least 0.34, so it stays above either share).
  const rest = (1 - confidence) / 2;
  const probabilities: [number, number, number] =
    orientation === 'undetermined'
      ? [1 / 3, 1 / 3, 1 / 3]
      : [
          orientation === 'customer' ? confidence : rest,
          orientation === 'consumer' ? confidence : rest,
          orientation === 'hybrid' ? confidence : rest,
        ];
  return buildResult({
    orientation,
    confidence,
    probabilities,
    customerShare,
    dimensions,
    purchaser,
    endUser,
    rolesDiffer:
      purchaser !== null &&
      endUser !== null &&
      peopleNamed(purchaser.text) !== peopleNamed(endUser.text),
    withRecommendations: true,
    undeterminedReason:
      unsure > 0 ? 'every answer was "unsure"' : 'no question about the initiative was answered',
  });
}
