/**
 * Zod schemas for everything `@marketlens/core` takes and returns. A separate entry so that
 * importing `classify` alone never pulls zod into a bundle.
 *
 * @module
 */

export type {
  Answer,
  Answers,
  ClassifyInput,
  ClassifyOptions,
  GoldCase,
  PartialGoldCase,
} from './input.ts';
export {
  AnswerSchema,
  AnswersSchema,
  ClassifyInputSchema,
  ClassifyOptionsSchema,
  GoldCaseSchema,
  PartialGoldCaseSchema,
} from './input.ts';
export type {
  Comparison,
  ComparisonRow,
  Definition,
  Dimension,
  PoleProfile,
  Source,
  WorkedExample,
} from './knowledge.ts';
export {
  ComparisonRowSchema,
  ComparisonSchema,
  DefinitionSchema,
  DimensionSchema,
  PoleProfileSchema,
  SourceSchema,
  WorkedExampleSchema,
} from './knowledge.ts';
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
} from './result.ts';
export {
  ClassificationSchema,
  DimensionResultSchema,
  DimensionResultsSchema,
  EvidenceSchema,
  ProbabilitiesSchema,
  RecommendationSchema,
  RoleSpanSchema,
  RolesSchema,
  SpanSchema,
} from './result.ts';
export type { DimensionId, Lean, Orientation, Pole, TermId } from './vocabulary.ts';
export {
  DimensionIdSchema,
  LeanSchema,
  OrientationSchema,
  PoleSchema,
  TermIdSchema,
} from './vocabulary.ts';
