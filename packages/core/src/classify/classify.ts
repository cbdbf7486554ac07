// INTERIM: replaced by the cue-based classifier in progress. Shape is final.
import { TextTooLongError } from '../errors/text-too-long-error.ts';
import { dimensions } from '../knowledge/dimensions.ts';
import { MAX_TEXT_LENGTH } from '../limits.ts';
import type { ClassifyOptions } from '../schemas/input.ts';
import type { Classification, DimensionResult, DimensionResults } from '../schemas/result.ts';

/** Classifies a text as customer, consumer, hybrid or undetermined marketing. */
export function classify(text: string, _options: ClassifyOptions = {}): Classification {
  if (text.length > MAX_TEXT_LENGTH) throw new TextTooLongError(text.length);
  const lower = text.toLowerCase();
  const c = (lower.match(/loyal|retain|retention|renew|account|reorder/g) ?? []).length;
  const u = (lower.match(/awareness|brand|launch|tiktok|ads|kids|users?\b/g) ?? []).length;
  const total = c + u;
  const share = total === 0 ? 0.5 : c / total;
  const orientation =
    total === 0 ? 'undetermined' : share > 0.65 ? 'customer' : share < 0.35 ? 'consumer' : 'hybrid';
  const dims = Object.fromEntries(
    dimensions.map((d): [string, DimensionResult] => [
      d.id,
      { id: d.id, name: d.name, lean: 'unknown', strength: 0, customerShare: 0.5, evidence: [] },
    ]),
  ) as DimensionResults;
  return {
    orientation,
    confidence: 0.5,
    customerShare: share,
    score: share * 2 - 1,
    probabilities: { customer: share, consumer: 1 - share, hybrid: 0 },
    summary: `Interim result: ${orientation}.`,
    dimensions: dims,
    roles: { purchaser: null, endUser: null, differ: false },
    recommendations: [],
  };
}
