import { z } from 'zod';
import { OrientationSchema, PoleSchema } from './vocabulary.ts';

/** Where a fact comes from: a seed article, or the project itself. */
export const SourceSchema = z.object({
  kind: z.enum(['seed', 'project']),
  file: z.string().nullable().describe("seed file name, or null for the project's own additions"),
});
export type Source = z.infer<typeof SourceSchema>;

/** One of the four defined terms. */
export const DefinitionSchema = z.object({
  id: z.string(),
  term: z.string(),
  pole: PoleSchema,
  kind: z.enum(['market', 'marketing']),
  short: z.string(),
  long: z.string(),
  characteristics: z.array(z.string()),
  source: SourceSchema,
});
export type Definition = z.infer<typeof DefinitionSchema>;

/** What one pole of a dimension looks like and what it implies. */
export const PoleProfileSchema = z.object({
  label: z.string().describe('short label of the pole on this dimension'),
  description: z.string(),
  answer: z.string().describe('the questionnaire option that picks this pole'),
  implications: z.array(z.string()).describe('strategy moves this pole implies'),
  kpis: z.array(z.string()).describe("typical KPIs (the project's own addition)"),
});
export type PoleProfile = z.infer<typeof PoleProfileSchema>;

/** One of the seven dimensions. */
export const DimensionSchema = z.object({
  id: z.string(),
  name: z.string(),
  question: z.string(),
  customer: PoleProfileSchema,
  consumer: PoleProfileSchema,
  source: SourceSchema,
});
export type Dimension = z.infer<typeof DimensionSchema>;

/** One row of the side-by-side comparison. */
export const ComparisonRowSchema = z.object({
  aspect: z.string(),
  customer: z.string(),
  consumer: z.string(),
  dimension: z.string().nullable(),
  source: SourceSchema,
});
export type ComparisonRow = z.infer<typeof ComparisonRowSchema>;

/** The side-by-side table a front renders. */
export const ComparisonSchema = z.object({
  title: z.string(),
  columns: z.object({ customer: z.string(), consumer: z.string() }),
  rows: z.array(ComparisonRowSchema),
});
export type Comparison = z.infer<typeof ComparisonSchema>;

/** A worked example from the seeds, with its label. */
export const WorkedExampleSchema = z.object({
  id: z.string(),
  title: z.string(),
  text: z.string(),
  orientation: OrientationSchema,
  purchaser: z.string().nullable(),
  endUser: z.string().nullable(),
  why: z.string(),
  source: SourceSchema,
});
export type WorkedExample = z.infer<typeof WorkedExampleSchema>;
