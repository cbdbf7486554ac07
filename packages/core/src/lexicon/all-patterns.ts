import { CONSUMER_CUES } from './consumer-cues.ts';
import { CUSTOMER_CUES } from './customer-cues.ts';
import { BOTH_DECLARED, JOINERS } from './hybrid.ts';
import { MARKET_CUES } from './market-cues.ts';
import {
  CONCESSIONS,
  CONTRAST_CANCELLERS,
  CONTRASTS,
  NEGATING_LABELS,
  NEGATION_CANCELLERS,
  NEGATORS_AFTER,
  NEGATORS_BEFORE,
  PAST_OPENERS,
  PRESENT_OPENERS,
  WIDE_NEGATORS_BEFORE,
} from './negation.ts';
import { DEPENDANT_HEADS, GUARDIAN_HEADS, ORGANISATION_HEADS, PERSON_HEADS } from './people.ts';
import {
  AUDIENCE_LABELS,
  LEFT_OUT_AFTER,
  PAYER_AFTER,
  PAYER_BEFORE,
  PAYER_NOUNS,
  PROVIDER_FOR,
  RECIPIENT_AFTER,
  RECIPIENT_BEFORE,
  USER_AFTER,
  USER_BEFORE,
  USER_SHOWN_BEFORE,
} from './roles.ts';
import { SEGMENT_LABELS } from './segment.ts';

/** Every pattern of the lexicon, for the tools that check or precompute it (not the classifier). */
export const ALL_PATTERNS: readonly string[] = [
  ...[...CUSTOMER_CUES, ...CONSUMER_CUES, ...MARKET_CUES].map((cue) => cue.pattern),
  ...JOINERS,
  ...BOTH_DECLARED,
  ...CONCESSIONS,
  ...CONTRAST_CANCELLERS,
  ...CONTRASTS,
  ...NEGATING_LABELS,
  ...NEGATION_CANCELLERS,
  ...NEGATORS_AFTER,
  ...NEGATORS_BEFORE,
  ...WIDE_NEGATORS_BEFORE,
  ...PAST_OPENERS,
  ...PRESENT_OPENERS,
  // Person heads include the user and buyer heads.
  ...PERSON_HEADS,
  ...ORGANISATION_HEADS,
  ...GUARDIAN_HEADS,
  ...DEPENDANT_HEADS,
  ...PAYER_AFTER,
  ...PAYER_BEFORE,
  ...PAYER_NOUNS,
  ...PROVIDER_FOR,
  ...RECIPIENT_AFTER,
  ...RECIPIENT_BEFORE,
  ...USER_AFTER,
  ...USER_BEFORE,
  ...USER_SHOWN_BEFORE,
  ...AUDIENCE_LABELS,
  ...LEFT_OUT_AFTER,
  ...SEGMENT_LABELS,
];

/** The canonical words one pattern (or one of its alternatives) is made of, in order. */
export function wordsOfPattern(pattern: string, normalize: (word: string) => string): string[] {
  return pattern
    .toLowerCase()
    .split(/[\s|?_\-']+/)
    .filter((word) => /^[a-z]+$/.test(word))
    .map(normalize);
}

/** The distinct canonical words the patterns are made of. */
export function patternWords(normalize: (word: string) => string): string[] {
  const words = new Set<string>();
  for (const pattern of ALL_PATTERNS)
    for (const word of wordsOfPattern(pattern, normalize)) words.add(word);
  return [...words].sort();
}
