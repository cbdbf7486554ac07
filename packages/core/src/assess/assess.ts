// INTERIM: replaced by the real questionnaire scoring. Shape is final.

import { classify } from '../classify/classify.ts';
import type { Answers } from '../schemas/input.ts';
import type { Classification } from '../schemas/result.ts';

/** Turns questionnaire answers into the same result shape as `classify`. */
export function assess(answers: Answers): Classification {
  return classify(Object.values(answers).join(' '));
}
