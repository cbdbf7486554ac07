import type { PoleTotals } from '../analysis/dimension-scores.ts';
import type { DimensionId, Lean, Orientation } from '../schemas/vocabulary.ts';

/**
 * Evidence a dimension needs before it is judged at all; below it the text "says nothing" about
 * the dimension (rule 3 of the labels). Scope and audience are implied by any programme.
 */
export const KNOWN_THRESHOLD: Readonly<Record<DimensionId, number>> = {
  scope: 0,
  audience: 0,
  focus: 0.5,
  relationship: 0.9,
  emphasis: 0.7,
  insight: 0.9,
  market: 0.5,
};

/** Share of the other pole above which a dimension contradicts the orientation. */
const CONTRADICTION_SHARE = 0.85;
const CONTRADICTION_MASS = 2;
/** Share of the minor pole that makes a hybrid's dimension mixed rather than one-sided. */
const MIXED_SHARE = 0.2;

function poleOf(totals: PoleTotals): 'customer' | 'consumer' {
  return totals.customer >= totals.consumer ? 'customer' : 'consumer';
}

/**
 * The lean of one dimension. A dimension follows the orientation unless its own evidence
 * clearly contradicts it; in a hybrid it is mixed when both poles show; the market follows who
 * buys, whatever the orientation.
 */
export function leanOf(dimension: DimensionId, totals: PoleTotals, orientation: Orientation): Lean {
  const total = totals.customer + totals.consumer;
  if (orientation === 'undetermined' && dimension !== 'market') return 'unknown';
  if (
    total <= KNOWN_THRESHOLD[dimension] &&
    !(KNOWN_THRESHOLD[dimension] === 0 && orientation !== 'undetermined')
  ) {
    return 'unknown';
  }
  const minor = total === 0 ? 0 : Math.min(totals.customer, totals.consumer) / total;
  if (dimension === 'market') {
    if (total === 0) return 'unknown';
    return minor >= 0.35 ? 'mixed' : poleOf(totals);
  }
  if (orientation === 'hybrid') {
    if (total === 0) return 'mixed';
    return minor >= MIXED_SHARE || dimension !== 'insight' ? 'mixed' : poleOf(totals);
  }
  if (orientation === 'undetermined') return 'unknown';
  const against = orientation === 'customer' ? totals.consumer : totals.customer;
  if (total >= CONTRADICTION_MASS && against / total >= CONTRADICTION_SHARE) return 'mixed';
  return orientation;
}
