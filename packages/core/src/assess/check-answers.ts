import { DIMENSION_IDS } from '../dimension-ids.ts';
import type { Answers } from '../schemas/input.ts';

/** The answers a dimension question takes. */
const ANSWERS: readonly string[] = ['customer', 'consumer', 'both', 'unsure'];

const describe = (value: unknown) =>
  value === null ? 'null' : typeof value === 'string' ? JSON.stringify(value) : typeof value;

/**
 * Checks questionnaire answers at run time, for callers without TypeScript: a plain object whose
 * dimension answers are one of "customer", "consumer", "both" or "unsure" and whose roles are
 * strings, each optional. Throws a `TypeError` that names the field otherwise. Keys it does not
 * know are left alone.
 */
export function checkAnswers(answers: unknown): asserts answers is Answers {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers))
    throw new TypeError(
      `assess expects an object of answers, got ${Array.isArray(answers) ? 'an array' : describe(answers)}`,
    );
  const given = answers as Record<string, unknown>;
  for (const id of DIMENSION_IDS) {
    const answer = given[id];
    if (answer !== undefined && !ANSWERS.includes(answer as string))
      throw new TypeError(
        `answers.${id} must be "customer", "consumer", "both" or "unsure", got ${describe(answer)}`,
      );
  }
  for (const role of ['purchaser', 'endUser']) {
    const value = given[role];
    if (value !== undefined && typeof value !== 'string')
      throw new TypeError(`answers.${role} must be a string, got ${describe(value)}`);
  }
}
