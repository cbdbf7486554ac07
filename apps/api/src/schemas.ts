/**
 * The request and response schemas of the HTTP API: the core's zod schemas, made strict where a
 * client sends them (an unknown field is a mistake worth reporting) and named as OpenAPI
 * components.
 *
 * @module
 */
import { z } from '@hono/zod-openapi';
import { MAX_TEXT_LENGTH } from '@marketlens/core';
import {
  AnswersSchema,
  ClassificationSchema,
  ClassifyOptionsSchema,
  ComparisonSchema,
  DefinitionSchema,
  DimensionSchema,
} from '@marketlens/core/schemas';
import { ProblemSchema } from './problem.ts';

// zod-openapi adds `.openapi()` to zod's prototype when it loads; a schema the core created
// before that (e.g. when a caller imports @marketlens/core/schemas first) lacks the method, so
// components are named through the prototype's method directly.
const { openapi } = z.ZodType.prototype;
function named<T extends z.ZodType>(schema: T, name: string): T {
  return openapi.call(schema, name) as T;
}

const TextSchema = z
  .string()
  .max(MAX_TEXT_LENGTH)
  .describe(`a brief, campaign, segment or strategy (at most ${MAX_TEXT_LENGTH} characters)`)
  .openapi({ example: 'Loyalty programme with volume rebates for our top resellers at renewal.' });

/** Options for one classification (the core's `ClassifyOptions`). */
export const ClassifyOptionsBodySchema = named(ClassifyOptionsSchema.strict(), 'ClassifyOptions');

/** `POST /v1/classify` body. */
export const ClassifyRequestSchema = z
  .strictObject({ text: TextSchema, options: ClassifyOptionsBodySchema.optional() })
  .openapi('ClassifyRequest');

/** The result of `classify` and `assess`. */
export const ClassificationBodySchema = named(ClassificationSchema, 'Classification');

/** `POST /v1/assess` body: questionnaire answers. */
export const AssessRequestSchema = named(AnswersSchema.strict(), 'Answers');

/** One item of a batch. Checked item by item, so one bad item does not sink the others. */
export const BatchItemSchema = z
  .strictObject({
    id: z
      .union([z.string().max(256), z.int()], {
        // zod's own message for a value neither option takes is "Invalid input".
        error:
          'Invalid input: expected a string or a whole number (within ±9007199254740991), or null',
      })
      .nullable()
      .optional()
      .describe(
        'your identifier, echoed back in the result: a string, or a whole number JSON keeps exactly (within ±9007199254740991; write a larger one as a string); null is no id',
      ),
    text: TextSchema,
  })
  .openapi('BatchItem');
export type BatchItem = z.infer<typeof BatchItemSchema>;

/**
 * `POST /v1/classify/batch` body. Items are `unknown` to the validator (each is checked on its
 * own by {@link BatchItemSchema}) but documented as `BatchItem`.
 */
export function createBatchRequestSchema(maxItems: number, maxBytes: number) {
  // Documented by reference; zod-openapi's metadata type has no $ref, the generator keeps it.
  const item = z.unknown().openapi({ $ref: '#/components/schemas/BatchItem' } as object);
  return z
    .strictObject({
      items: z
        .array(item)
        .min(1)
        .max(maxItems)
        .describe(`1 to ${maxItems} items; the whole body at most ${maxBytes} bytes`),
      options: ClassifyOptionsBodySchema.optional().describe('applied to every item'),
    })
    .openapi('BatchRequest');
}

/** One entry of a batch answer, in input order. */
export const BatchResultSchema = z
  .discriminatedUnion('ok', [
    z.object({
      index: z.int().min(0),
      id: z.union([z.string(), z.number()]).nullable(),
      ok: z.literal(true),
      result: ClassificationBodySchema,
    }),
    z.object({
      index: z.int().min(0),
      id: z.union([z.string(), z.number()]).nullable(),
      ok: z.literal(false),
      error: ProblemSchema,
    }),
  ])
  .openapi('BatchResult');
export type BatchResult = z.infer<typeof BatchResultSchema>;

/** `POST /v1/classify/batch` answer. */
export const BatchResponseSchema = z
  .object({
    results: z.array(BatchResultSchema),
    succeeded: z.int().min(0),
    failed: z.int().min(0),
  })
  .openapi('BatchResponse');

/** One of the four terms. */
export const DefinitionBodySchema = named(DefinitionSchema, 'Definition');

/** `GET /v1/definitions` answer. */
export const DefinitionListSchema = z
  .object({ definitions: z.array(DefinitionBodySchema) })
  .openapi('DefinitionList');

/** `GET /v1/dimensions` answer. */
export const DimensionListSchema = z
  .object({ dimensions: z.array(named(DimensionSchema, 'Dimension')) })
  .openapi('DimensionList');

/** `GET /v1/compare` answer. */
export const ComparisonBodySchema = named(ComparisonSchema, 'Comparison');

/** `GET /healthz` answer. */
export const HealthSchema = z
  .object({ status: z.literal('ok'), service: z.string(), version: z.string() })
  .openapi('Health');
