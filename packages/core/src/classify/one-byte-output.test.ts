import { describe, expect, it } from 'vitest';
import { dimensions } from '../knowledge/dimensions.ts';
import { STRATEGY_MOVES } from '../knowledge/strategy-moves.ts';
import { CONSUMER_CUES } from '../lexicon/consumer-cues.ts';
import { CUSTOMER_CUES } from '../lexicon/customer-cues.ts';
import { MARKET_CUES } from '../lexicon/market-cues.ts';
import { classify } from './classify.ts';

/**
 * The prose a classification carries (cue reasons, strategy moves, dimension texts) stays within
 * Latin-1: one typographic apostrophe makes the engine hold the whole serialised result as a
 * two-byte string, which made `JSON.stringify` and UTF-8 encoding of the API answer and of batch
 * output markedly slower (in process, /v1/classify went from ~130 to ~91 µs when they went).
 */
const beyondLatin1 = (text: string): string[] =>
  [...text].filter((char) => (char.codePointAt(0) ?? 0) > 0xff);

describe('generated text stays one byte a character', () => {
  it('in every cue reason, strategy move and dimension text', () => {
    for (const cue of [...CUSTOMER_CUES, ...CONSUMER_CUES, ...MARKET_CUES])
      expect(beyondLatin1(cue.reason), cue.id).toEqual([]);
    expect(beyondLatin1(JSON.stringify(STRATEGY_MOVES))).toEqual([]);
    expect(beyondLatin1(JSON.stringify(dimensions))).toEqual([]);
  });

  it('in the serialised result of a plain-ASCII brief', () => {
    for (const text of [
      "Parents pay, kids play: a TV spot for the kids and a loyalty club for the parents' renewals.",
      'Quarterly business reviews and volume rebates for our top 50 resellers.',
      'An app that helps families share photos.',
    ])
      expect(beyondLatin1(JSON.stringify(classify(text)))).toEqual([]);
  });
});
