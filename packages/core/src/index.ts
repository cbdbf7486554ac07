/**
 * Marketlens core: is a marketing initiative aimed at whoever pays (customer marketing), at
 * whoever uses (consumer marketing), or both?
 *
 * @example
 * ```ts
 * import { classify } from '@marketlens/core';
 *
 * const result = classify('Cartoon ads to kids; the parents pay.');
 * result.orientation; // 'consumer'
 * result.roles.purchaser?.text; // 'the parents'
 * ```
 *
 * @module
 */
export { assess } from './assess/assess.ts';
export { classify } from './classify/classify.ts';
export { confidencePercent } from './classify/confidence-percent.ts';
export { DIMENSION_IDS } from './dimension-ids.ts';
export { TextTooLongError } from './errors/text-too-long-error.ts';
export { comparison } from './knowledge/comparison.ts';
export { definitions, findDefinition } from './knowledge/definitions.ts';
export { dimensions, findDimension } from './knowledge/dimensions.ts';
export { workedExamples } from './knowledge/worked-examples.ts';
export { MAX_EVIDENCE, MAX_TEXT_LENGTH } from './limits.ts';
export type {
  Answer,
  Answers,
  ClassifyInput,
  ClassifyOptions,
  GoldCase,
  PartialGoldCase,
} from './schemas/input.ts';
export type {
  Comparison,
  ComparisonRow,
  Definition,
  Dimension,
  PoleProfile,
  Source,
  WorkedExample,
} from './schemas/knowledge.ts';
export type {
  Classification,
  DimensionResult,
  DimensionResults,
  Evidence,
  Probabilities,
  Recommendation,
  RoleSpan,
  Roles,
  Span,
} from './schemas/result.ts';
export type { DimensionId, Lean, Orientation, Pole, TermId } from './schemas/vocabulary.ts';
