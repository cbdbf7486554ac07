/**
 * How orientations, leans and poles are named and coloured, shared by the plain-text output and
 * the Ink UI so both speak the same words.
 *
 * @module
 */
import { confidencePercent, type Evidence, type Lean, type Orientation } from '@marketlens/core';

/** A colour both the ANSI palette and Ink understand. */
export type ColorName = 'blue' | 'magenta' | 'yellow' | 'gray';

/** Display colour of a pole, orientation or lean. */
export function colorOf(value: Orientation | Lean | 'both' | 'unsure'): ColorName {
  switch (value) {
    case 'customer':
      return 'blue';
    case 'consumer':
      return 'magenta';
    case 'hybrid':
    case 'mixed':
    case 'both':
      return 'yellow';
    default:
      return 'gray';
  }
}

/** The headline for an orientation. */
export function orientationTitle(orientation: Orientation): string {
  switch (orientation) {
    case 'customer':
      return 'Customer marketing';
    case 'consumer':
      return 'Consumer marketing';
    case 'hybrid':
      return 'Hybrid: customer and consumer marketing';
    default:
      return 'Undetermined';
  }
}

/** What one lean means, in a few words. */
export function leanLabel(lean: Lean): string {
  switch (lean) {
    case 'customer':
      return 'customer';
    case 'consumer':
      return 'consumer';
    case 'mixed':
      return 'mixed';
    default:
      return '—';
  }
}

/**
 * A confidence as a whole percentage, rounded down: 0.995 is "99%", never a "100%" the model
 * did not give.
 */
export function percent(value: number): string {
  return `${confidencePercent(value)}%`;
}

/**
 * A piece of evidence as quoted to a person: the words, or "not …" when the text negated them
 * ("Surgeon preference is *not* addressed" counts against the consumer pole, not for it).
 */
export function quoteEvidence(evidence: Pick<Evidence, 'text' | 'negated'>): string {
  return evidence.negated ? `not “${evidence.text}”` : `“${evidence.text}”`;
}

/** A count and its noun, singular for one: "1 record", "2 records". */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
