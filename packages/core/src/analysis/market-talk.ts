import { MARKET_TALK_WORDS, PRODUCT_KIND_CUES } from '../lexicon/index.ts';
import { wordKey } from '../text/normalize.ts';
import { isWord, type Token } from '../text/tokenize.ts';
import type { CueHit } from './evidence.ts';
import type { RoleFindings } from './roles.ts';

/**
 * How near the start of a sentence a kind of product must be named for the text to read as
 * product copy.
 */
const PRODUCT_OPENING = 4;

// Stemmed on first use: most texts have evidence enough never to ask.
let talkStems: ReadonlySet<string> | undefined;

function marketTalkStems(): ReadonlySet<string> {
  talkStems ??= new Set(MARKET_TALK_WORDS.split(/\s+/).map((word) => wordKey(word).stem));
  return talkStems;
}

/**
 * Whether a text talks about a market: it names who pays or who uses, opens a sentence on a kind
 * of product, or has a word of the trade or of marketing (`MARKET_TALK_WORDS`). Asked only of
 * texts with little evidence; `sentence` is each token's sentence number.
 */
export function talksAboutAMarket(
  tokens: readonly Token[],
  roles: RoleFindings,
  hits: readonly CueHit[],
  sentence: readonly number[],
): boolean {
  if (roles.purchaser !== null || roles.endUser !== null) return true;
  // Product copy opens on the product: "A velvet lipstick in twelve shades."
  // … or a sentence on it: "Sleep cooler, wake calmer. The Ora mattress, delivered in a box."
  const opens = (at: number) =>
    at < PRODUCT_OPENING || sentence[at - PRODUCT_OPENING] !== sentence[at];
  if (hits.some((hit) => opens(hit.from) && PRODUCT_KIND_CUES.has(hit.cue.id))) return true;
  const stems = marketTalkStems();
  return tokens.some((token) => isWord(token) && stems.has(token.stem));
}
