import type { PoleTotals } from '../analysis/dimension-scores.ts';
import type { DimensionId, Lean, Orientation } from '../schemas/vocabulary.ts';

/**
 * Evidence a dimension needs before it is judged at all; below it the text "says nothing" about
 * the dimension (rule 3 of the labels). Scope and audience are implied by any programme.
 */
export const KNOWN_THRESHOLD: Readonly<Record<DimensionId, number>> = {
  scope: 0,
  audience: 0,
  focus: 0.2,
  relationship: 0.2,
  emphasis: 0.4,
  insight: 0.8,
  market: 0.5,
};

/**
 * A threshold that any evidence at all clears: the dimension is unknown only when nothing
 * speaks to it.
 */
const ANY_EVIDENCE = 0.01;

/**
 * Where an orientation sets its own threshold for a dimension: a programme for buyers is about
 * keeping them even when no word says so ("VIP lounge access for our highest-tier cardholders"
 * has a customer focus), and any word on the relationship or on usage counts where the text's
 * orientation agrees with it; a consumer or hybrid text needs more before its relationship or
 * what it studies is judged. Each read off the training sets (dev, holdout and the fitted tuning
 * sets) and kept only where the other tuning sets (q, t, v, x, za) did not get worse.
 */
const KNOWN_THRESHOLD_BY_ORIENTATION: Partial<
  Record<Orientation, Partial<Record<DimensionId, number>>>
> = {
  customer: { focus: 0, relationship: ANY_EVIDENCE },
  consumer: { relationship: 0.4, emphasis: ANY_EVIDENCE, insight: 1.2 },
  hybrid: { insight: 2 },
};

/** The dimensions any programme implies (threshold 0 above). */
const IMPLIED_BY_A_PROGRAMME: ReadonlySet<DimensionId> = new Set(['scope', 'audience']);

/**
 * Programme evidence (every dimension but the market) below which a text describes no programme:
 * a product description ("payroll software for growing businesses") or a bare ask. Read off the
 * training and tuning sets (1 and 2 did a little worse on them).
 */
const PROGRAMME_EVIDENCE_MINIMUM = 1.5;

/**
 * True when a dimension that any programme implies is unknown because the text describes no
 * programme: it then says nothing of scope or audience, whatever the model reads.
 */
export const saysNothingOf = (dimension: DimensionId, programmeEvidence: number): boolean =>
  programmeEvidence <= PROGRAMME_EVIDENCE_MINIMUM && IMPLIED_BY_A_PROGRAMME.has(dimension);

/** The evidence a dimension needs under an orientation (see `KNOWN_THRESHOLD`). */
export function knownThreshold(dimension: DimensionId, orientation: Orientation): number {
  return KNOWN_THRESHOLD_BY_ORIENTATION[orientation]?.[dimension] ?? KNOWN_THRESHOLD[dimension];
}

/** Share of the other pole above which a dimension contradicts the orientation. */
const CONTRADICTION_SHARE = 0.85;
const CONTRADICTION_MASS = 2;
/** Share of the minor pole from which the buyers are both organisations and people. */
const MARKET_MIXED_SHARE = 0.45;
/** Share of the minor pole that makes a hybrid's dimension mixed rather than one-sided. */
const MIXED_SHARE = 0.2;

/** The pole with more evidence; the buyers' on a tie. */
export function poleOf(totals: PoleTotals): 'customer' | 'consumer' {
  return totals.customer >= totals.consumer ? 'customer' : 'consumer';
}

/**
 * The lean of one dimension. A dimension follows the orientation unless its own evidence
 * clearly contradicts it; in a hybrid it is mixed when both poles show; the market follows who
 * buys, whatever the orientation. A segment definition leaves focus and emphasis open; an
 * undetermined text leaves every dimension unknown.
 */
export function leanOf(
  dimension: DimensionId,
  totals: PoleTotals,
  orientation: Orientation,
  segment = false,
): Lean {
  // A text that is not judged at all says nothing of any dimension, who buys included.
  if (orientation === 'undetermined') return 'unknown';
  const total = totals.customer + totals.consumer;
  const minor = total === 0 ? 0 : Math.min(totals.customer, totals.consumer) / total;
  if (dimension === 'market') {
    if (total > KNOWN_THRESHOLD.market)
      return minor >= MARKET_MIXED_SHARE ? 'mixed' : poleOf(totals);
    // Faint evidence of who buys ("kids" once, "a regular") still says more than the programme.
    if (total > 0) return poleOf(totals);
    // Nothing says who buys: a campaign sold to people leans B2C, a buyer programme B2B.
    return orientation === 'customer' ? 'customer' : 'consumer';
  }
  // A segment definition says who, not what is done for them.
  if (segment && (dimension === 'focus' || dimension === 'emphasis')) return 'unknown';
  if (segment && dimension === 'relationship' && orientation === 'customer') return 'unknown';
  // What a segment definition says about its group is itself what is known about the market.
  if (segment && dimension === 'insight') return orientation === 'hybrid' ? 'mixed' : orientation;
  // Scope and audience have no threshold: every programme addresses someone, somewhere.
  const threshold = knownThreshold(dimension, orientation);
  if (threshold > 0 && total <= threshold) return 'unknown';
  if (orientation === 'hybrid') {
    if (dimension !== 'insight' || total === 0) return 'mixed';
    return minor >= MIXED_SHARE ? 'mixed' : poleOf(totals);
  }
  const against = orientation === 'customer' ? totals.consumer : totals.customer;
  if (total >= CONTRADICTION_MASS && against / total >= CONTRADICTION_SHARE) return 'mixed';
  return orientation;
}
