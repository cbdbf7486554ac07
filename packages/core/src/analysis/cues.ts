import { CONSUMER_CUES } from '../lexicon/consumer-cues.ts';
import type { CueDefinition } from '../lexicon/cue-definition.ts';
import { CUSTOMER_CUES } from '../lexicon/customer-cues.ts';
import { MARKET_CUES } from '../lexicon/market-cues.ts';
import { createPatternIndex, type PatternMatch } from '../match/pattern-index.ts';
import type { Token } from '../text/tokenize.ts';

/** The cues about what a programme does (every dimension but who the buyers are). */
const programmeCues = createPatternIndex(
  [...CUSTOMER_CUES, ...CONSUMER_CUES],
  (cue) => cue.pattern,
);
/** The cues about who buys and who uses, matched on their own layer. */
const marketCues = createPatternIndex(MARKET_CUES, (cue) => cue.pattern);

/**
 * Keeps, of overlapping matches, the longest (then the weightiest); matches with exactly the
 * same span are all kept, since one wording can be several cues.
 */
function resolveOverlaps(matches: PatternMatch<CueDefinition>[]): PatternMatch<CueDefinition>[] {
  const total = (cue: CueDefinition) =>
    Object.values(cue.weights).reduce((a, b) => a + (b ?? 0), 0);
  const ranked = [...matches].sort(
    (a, b) => b.to - b.from - (a.to - a.from) || total(b.entry) - total(a.entry) || a.from - b.from,
  );
  const kept: PatternMatch<CueDefinition>[] = [];
  for (const match of ranked) {
    const clash = kept.some(
      (k) =>
        k.from < match.to && match.from < k.to && !(k.from === match.from && k.to === match.to),
    );
    if (!clash) kept.push(match);
  }
  return kept.sort((a, b) => a.from - b.from || a.to - b.to);
}

/** Every cue that matches the text, overlaps resolved within each layer, in text order. */
export function findCues(tokens: readonly Token[]): PatternMatch<CueDefinition>[] {
  return [
    ...resolveOverlaps(programmeCues.findAll(tokens)),
    ...resolveOverlaps(marketCues.findAll(tokens)),
  ].sort((a, b) => a.from - b.from || a.to - b.to);
}
