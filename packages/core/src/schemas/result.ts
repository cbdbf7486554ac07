import { z } from 'zod';
import { LeanSchema, OrientationSchema, PoleSchema } from './vocabulary.ts';

const offset = z.int().min(0);

/** A piece of the original text: `text === input.slice(start, end)`. */
export const SpanSchema = z.object({
  text: z.string(),
  start: offset.describe('UTF-16 offset of the first character'),
  end: offset.describe('UTF-16 offset just past the last character'),
});
export type Span = z.infer<typeof SpanSchema>;

/** One matched cue: where it is, which pole it supports, and why. */
export const EvidenceSchema = SpanSchema.extend({
  pole: PoleSchema,
  cue: z.string().describe('identifier of the cue that matched'),
  reason: z.string().describe('why this wording supports the pole'),
  weight: z.number().min(0).describe('contribution to the dimension, after negation and hedging'),
  negated: z
    .boolean()
    .describe(
      'true when the wording was negated or contrasted away. `pole` is the pole it then counts for: usually the opposite of the cue\'s own, except where the negation leaves a fact standing ("procurement is not the target" still says the buyers are organisations)',
    ),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** The verdict on one dimension. */
export const DimensionResultSchema = z.object({
  id: z.string(),
  name: z.string(),
  lean: LeanSchema,
  strength: z.number().min(0).max(1).describe('how strongly the evidence leans, 0 for none'),
  customerShare: z
    .number()
    .min(0)
    .max(1)
    .describe("share of this dimension's evidence on the customer side (0.5 when none)"),
  evidence: z.array(EvidenceSchema),
});
export type DimensionResult = z.infer<typeof DimensionResultSchema>;

/** Per-dimension verdicts, keyed by dimension id. */
export const DimensionResultsSchema = z.object({
  scope: DimensionResultSchema,
  audience: DimensionResultSchema,
  focus: DimensionResultSchema,
  relationship: DimensionResultSchema,
  emphasis: DimensionResultSchema,
  insight: DimensionResultSchema,
  market: DimensionResultSchema,
});
export type DimensionResults = z.infer<typeof DimensionResultsSchema>;

/** Who pays or who uses, as written in the text, and whether the text states it. */
export const RoleSpanSchema = SpanSchema.extend({
  inferred: z
    .boolean()
    .describe(
      'true when read off a single word or the shape of a sentence (a dependant named in passing, "toddler scooter"; an unknown noun that pays, "shopkeepers buy the terminal") rather than stated by a role wording',
    ),
});
export type RoleSpan = z.infer<typeof RoleSpanSchema>;

/** Who pays and who uses, when the text names them. */
export const RolesSchema = z.object({
  purchaser: RoleSpanSchema.nullable().describe('who pays, as written in the text'),
  endUser: RoleSpanSchema.nullable().describe('who uses, as written in the text'),
  differ: z.boolean().describe('true when the text names a payer and a user who are not the same'),
});
export type Roles = z.infer<typeof RolesSchema>;

/** A strategy move the orientation and the dimension profile imply. */
export const RecommendationSchema = z.object({
  id: z.string(),
  pole: z.enum(['customer', 'consumer', 'both']),
  dimension: z.string().nullable().describe('the dimension this move answers, if one'),
  title: z.string(),
  detail: z.string(),
  kpis: z.array(z.string()),
});
export type Recommendation = z.infer<typeof RecommendationSchema>;

/** Class probabilities over the three real orientations. */
export const ProbabilitiesSchema = z.object({
  customer: z.number().min(0).max(1),
  consumer: z.number().min(0).max(1),
  hybrid: z.number().min(0).max(1),
});
export type Probabilities = z.infer<typeof ProbabilitiesSchema>;

/** What `classify` and `assess` return. */
export const ClassificationSchema = z.object({
  orientation: OrientationSchema,
  confidence: z
    .number()
    .min(0)
    .max(1)
    .describe('calibrated probability that the orientation is right'),
  customerShare: z
    .number()
    .min(0)
    .max(1)
    .describe('gauge position: 1 = all customer, 0 = all consumer, 0.5 = balanced or no evidence'),
  score: z
    .number()
    .min(-1)
    .max(1)
    .describe('signed gauge: +1 = customer, -1 = consumer (2 × customerShare − 1)'),
  probabilities: ProbabilitiesSchema,
  summary: z.string().describe('one sentence a person can read'),
  dimensions: DimensionResultsSchema,
  roles: RolesSchema,
  recommendations: z.array(RecommendationSchema),
});
export type Classification = z.infer<typeof ClassificationSchema>;
