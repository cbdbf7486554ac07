import type { CueDefinition } from './cue-definition.ts';
import { CUSTOMER_BASE_CUES } from './customer-base-cues.ts';
import { CUSTOMER_DATA_CUES } from './customer-data-cues.ts';
import { PURCHASE_CUES } from './customer-purchase-cues.ts';
import { RELATIONSHIP_CUES } from './customer-relationship-cues.ts';
import { RETENTION_CUES } from './customer-retention-cues.ts';

/**
 * Wordings of customer marketing: keeping and rewarding the buyers a business already has,
 * a direct lasting relationship, the act of buying, and the buyers' own data.
 * Drawn from the seeds' descriptions of the customer market and customer marketing.
 */
export const CUSTOMER_CUES: readonly CueDefinition[] = [
  ...RETENTION_CUES,
  ...RELATIONSHIP_CUES,
  ...PURCHASE_CUES,
  ...CUSTOMER_BASE_CUES,
  ...CUSTOMER_DATA_CUES,
];
