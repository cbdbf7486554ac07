import { z } from 'zod';
import { DIMENSION_IDS } from '../dimension-ids.ts';

/** The two poles of the one axis that runs through the domain. */
export const PoleSchema = z
  .enum(['customer', 'consumer'])
  .describe(
    'customer: the purchaser and the relationship with them; consumer: the end user and the broad market',
  );
export type Pole = z.infer<typeof PoleSchema>;

/** The overall answer for a text or a questionnaire. */
export const OrientationSchema = z
  .enum(['customer', 'consumer', 'hybrid', 'undetermined'])
  .describe('hybrid: both poles carry real weight; undetermined: the text is not about marketing');
export type Orientation = z.infer<typeof OrientationSchema>;

/** Where one dimension leans. */
export const LeanSchema = z
  .enum(['customer', 'consumer', 'mixed', 'unknown'])
  .describe(
    'mixed: both poles present; unknown: the text says too little about this dimension to judge it',
  );
export type Lean = z.infer<typeof LeanSchema>;

/** The seven dimensions, in display order. */
export const DimensionIdSchema = z.enum(DIMENSION_IDS);
export type DimensionId = z.infer<typeof DimensionIdSchema>;

/** The four defined terms. */
export const TermIdSchema = z.enum([
  'customer-market',
  'consumer-market',
  'customer-marketing',
  'consumer-marketing',
]);
export type TermId = z.infer<typeof TermIdSchema>;
