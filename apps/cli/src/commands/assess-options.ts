/**
 * The flags of `marketlens assess`, apart from the command, so that the argument grammar
 * declares them without loading the core.
 *
 * @module
 */
import type { Answer, DimensionId } from '@marketlens/core';

/** The answers a flag may give. */
export const ANSWER_CHOICES: readonly Answer[] = ['customer', 'consumer', 'both', 'unsure'];

/** Flags of `assess`: one per dimension, the two roles, `--json`. */
export type AssessCommandOptions = Partial<Record<DimensionId, Answer>> & {
  purchaser?: string;
  endUser?: string;
  json?: boolean;
};
