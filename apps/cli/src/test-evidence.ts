/**
 * Evidence items for tests of what the fronts quote: the words, the pole they speak for, and
 * whether the text negated them. Only tests import this file.
 *
 * @module
 */
import type { Evidence } from '@marketlens/core';

/** One evidence item quoting `text` for `pole`, at the start of a text. */
export const evidence = (text: string, pole: Evidence['pole'], negated = false): Evidence => ({
  text,
  start: 0,
  end: text.length,
  pole,
  cue: text,
  reason: '',
  weight: 1,
  negated,
});
