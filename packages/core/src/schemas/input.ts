import { z } from 'zod';
import { MAX_EVIDENCE, MAX_TEXT_LENGTH } from '../limits.ts';
import { DimensionIdSchema } from './vocabulary.ts';

/** Options accepted by `classify`. */
export const ClassifyOptionsSchema = z.object({
  recommendations: z
    .boolean()
    .optional()
    .describe('include strategy recommendations (default true)'),
  maxEvidence: z
    .int()
    .min(0)
    .max(MAX_EVIDENCE)
    .optional()
    .describe(`keep at most this many evidence spans per dimension (default ${MAX_EVIDENCE})`),
});
export type ClassifyOptions = z.infer<typeof ClassifyOptionsSchema>;

/** A text to classify, as the fronts accept it. */
export const ClassifyInputSchema = z.object({
  text: z.string().max(MAX_TEXT_LENGTH),
  options: ClassifyOptionsSchema.optional(),
});
export type ClassifyInput = z.infer<typeof ClassifyInputSchema>;

/** One answer to a dimension question. */
export const AnswerSchema = z
  .enum(['customer', 'consumer', 'both', 'unsure'])
  .describe('customer pole, consumer pole, both equally, or not sure / does not apply');
export type Answer = z.infer<typeof AnswerSchema>;

/** Answers to the questionnaire: any subset of the seven dimensions, plus the two roles. */
export const AnswersSchema = z.object({
  scope: AnswerSchema.optional(),
  audience: AnswerSchema.optional(),
  focus: AnswerSchema.optional(),
  relationship: AnswerSchema.optional(),
  emphasis: AnswerSchema.optional(),
  insight: AnswerSchema.optional(),
  market: AnswerSchema.optional(),
  purchaser: z.string().max(500).optional().describe('who pays, in your words'),
  endUser: z.string().max(500).optional().describe('who uses, in your words'),
});
export type Answers = z.infer<typeof AnswersSchema>;

/** A labelled case, one JSONL line in the data-set format. */
export const GoldCaseSchema = z.object({
  id: z.string(),
  text: z.string(),
  orientation: z.enum(['customer', 'consumer', 'hybrid']),
  dimensions: z.record(DimensionIdSchema, z.enum(['customer', 'consumer', 'mixed', 'unknown'])),
  purchaser: z.string().nullable(),
  endUser: z.string().nullable(),
  note: z.string().optional(),
});
export type GoldCase = z.infer<typeof GoldCaseSchema>;

/**
 * A labelled case as `pnpm eval --gold` reads it: {@link GoldCaseSchema} with the labels that take
 * longest to write made optional, so that a file labelled with orientation and roles only can be
 * scored. `dimensions` may be left out, or give only some of the seven ids (an id left out is not
 * labelled; an id that is not one of the seven is still a fault). `purchaser` and `endUser` may be
 * left out: a missing key means "not labelled", while null means "the text names no one".
 * Every {@link GoldCase} is a valid partial gold case; training still takes the strict schema.
 */
export const PartialGoldCaseSchema = GoldCaseSchema.extend({
  dimensions: z
    .partialRecord(DimensionIdSchema, GoldCaseSchema.shape.dimensions.valueType)
    .optional(),
  purchaser: GoldCaseSchema.shape.purchaser.optional(),
  endUser: GoldCaseSchema.shape.endUser.optional(),
});
export type PartialGoldCase = z.infer<typeof PartialGoldCaseSchema>;

/**
 * A line of a file as `pnpm eval --gold` reads it: a {@link PartialGoldCase}, or a line whose
 * `orientation` is `undetermined`, meaning "this text is not marketing at all" (an invoice, a
 * log, minutes). Such lines are set apart: no figure on the marketing lines counts them, and the
 * report says only how many of them the classifier left undetermined and what it called the
 * others. Used by the eval alone; training and {@link PartialGoldCaseSchema} keep three labels.
 */
export const EvalGoldCaseSchema = PartialGoldCaseSchema.extend({
  orientation: z.enum([...GoldCaseSchema.shape.orientation.options, 'undetermined']),
});
export type EvalGoldCase = z.infer<typeof EvalGoldCaseSchema>;
