import type { Source } from '../schemas/knowledge.ts';

/** Seed 000: customer market vs consumer market. */
export const MARKET_SEED: Source = { kind: 'seed', file: 'seeds/000_32c98744d75b6c48.txt' };
/** Seed 001: customer marketing vs consumer marketing. */
export const MARKETING_SEED: Source = { kind: 'seed', file: 'seeds/001_80ebd2700ba56bea.txt' };
/** Knowledge the project adds beyond the seeds (KPIs, wording of questions). */
export const PROJECT: Source = { kind: 'project', file: null };
