import { TRAINED_MODEL } from '../model/trained-model.ts';
import { createClassifier } from './create-classifier.ts';

/**
 * Classifies a marketing text — a brief, a campaign, a segment, a strategy note — as customer
 * marketing (aimed at whoever pays, and the relationship with them), consumer marketing (aimed
 * at whoever uses, and the broad market), a hybrid of both, or undetermined (no marketing
 * evidence at all). Explains itself dimension by dimension, with the exact words that decided
 * each, names who pays and who uses, and recommends strategy moves.
 *
 * Pure, synchronous and deterministic; linear in the length of the text. Throws only
 * `TextTooLongError`, past `MAX_TEXT_LENGTH` characters.
 *
 * @example
 * ```ts
 * const result = classify('Cartoon ads to kids; the parents pay.');
 * result.orientation; // 'consumer'
 * result.roles.purchaser?.text; // 'the parents'
 * result.dimensions.audience.evidence[0]?.text; // 'kids'
 * ```
 */
export const classify = createClassifier(TRAINED_MODEL);
