import {
  CONSUMER_CUES,
  CUSTOMER_CUES,
  type CueDefinition,
  EXCLUDED_FORMS,
  EXCLUDED_NEXT_WORDS,
  EXCLUDED_PREVIOUS_WORDS,
  HEADER_FIELD_WORDS,
  MARKET_CUES,
  UNMADE_BY_SELLER_SUBJECT,
} from '../lexicon/index.ts';
import { createPatternIndex, type PatternMatch } from '../match/pattern-index.ts';
import { memoised } from '../memo.ts';
import { isWord, normAt, type Token } from '../text/tokenize.ts';
import { isUsedTo } from './used-to.ts';

/** The cues about what a programme does (every dimension but who the buyers are). */
const programmeCues = createPatternIndex(
  [...CUSTOMER_CUES, ...CONSUMER_CUES],
  (cue) => cue.pattern,
);
/** The cues about who buys and who uses, matched on their own layer. */
const marketCues = createPatternIndex(MARKET_CUES, (cue) => cue.pattern);

/** Total weight of a cue, computed once per cue: it breaks ties between overlapping matches. */
const total = memoised((cue: CueDefinition) =>
  Object.values(cue.weights).reduce((a, b) => a + (b ?? 0), 0),
);

/**
 * Keeps, of overlapping matches, the longest (then the weightiest); matches with exactly the
 * same span are all kept, since one wording can be several cues. Ranks `matches` in place and
 * returns the kept in rank order: `findCues` puts them in text order.
 */
function resolveOverlaps(matches: PatternMatch<CueDefinition>[]): PatternMatch<CueDefinition>[] {
  const ranked = matches.sort(
    (a, b) => b.to - b.from - (a.to - a.from) || total(b.entry) - total(a.entry) || a.from - b.from,
  );
  // claimedBy[token] = the match whose span owns it; linear in the matched tokens.
  const claimedBy = new Map<number, PatternMatch<CueDefinition>>();
  const kept: PatternMatch<CueDefinition>[] = [];
  for (const match of ranked) {
    let clash = false;
    for (let i = match.from; i < match.to && !clash; i++) {
      const owner = claimedBy.get(i);
      clash = owner !== undefined && (owner.from !== match.from || owner.to !== match.to);
    }
    if (clash) continue;
    for (let i = match.from; i < match.to; i++) claimedBy.set(i, match);
    kept.push(match);
  }
  return kept;
}

/**
 * The cue words with lists of their own, keyed "id word" (`EXCLUDED_NEXT_WORDS`): a match that
 * starts with any other word has no such list, and builds no key to look one up.
 */
const WORDS_WITH_LISTS: ReadonlySet<string | undefined> = new Set(
  [...EXCLUDED_NEXT_WORDS.keys(), ...EXCLUDED_PREVIOUS_WORDS.keys()].map(
    (key) => key.split(' ')[1],
  ),
);

/**
 * False when the match contains a word form its cue excludes (see `EXCLUDED_FORMS`), or sits
 * next to a word that unmakes it (`EXCLUDED_NEXT_WORDS`, `EXCLUDED_PREVIOUS_WORDS`).
 */
function hasWantedForms(tokens: readonly Token[], match: PatternMatch<CueDefinition>): boolean {
  // Lists under the cue's id hold for all its words; under "id word", for that word alone.
  const { id } = match.entry;
  const first = normAt(tokens, match.from);
  const own = WORDS_WITH_LISTS.has(first) ? `${id} ${first}` : id;
  const unmakes = (lists: ReadonlyMap<string, ReadonlySet<string>>, at: number) => {
    const word = normAt(tokens, at);
    return lists.get(id)?.has(word) || lists.get(own)?.has(word);
  };
  if (unmakes(EXCLUDED_NEXT_WORDS, match.to) || unmakes(EXCLUDED_PREVIOUS_WORDS, match.from - 1))
    return false;
  // "regulars who used to come in": a habit given up, no use of the product.
  const last = match.to - 1;
  if (isUsedTo(tokens, last) && /^(?:who|that)$/.test(normAt(tokens, last - 1))) return false;
  // A label of a brief's header, up to three words opening a line before a colon ("Client:
  // Nike", "Account Director: Sam Lee").
  let colon = match.to;
  while (colon < match.from + 4 && isWord(tokens[colon])) colon++;
  let start = match.from;
  while (start > colon - 4 && isWord(tokens[start - 1])) start--;
  if (
    normAt(tokens, colon) === ':' &&
    colon - start < 4 &&
    HEADER_FIELD_WORDS.has(normAt(tokens, colon - 1)) &&
    normAt(tokens, start - 1) === ''
  )
    return false;
  // The "we" opens its clause ("people we've never met" still are), right before the cue or
  // its auxiliary and negation ("we'll use", "we won't use"; "we need usage" is the users').
  if (UNMADE_BY_SELLER_SUBJECT.has(id)) {
    let at = match.from - 1;
    // "we'll use", "we won't use" ("will not"), "we are never using".
    for (
      let k = 0;
      k < 2 &&
      /^(?:will|would|can|could|should|do|did|are|have|not|never)$/.test(normAt(tokens, at));
      k++
    )
      at--;
    if (/^(?:we|i)$/.test(normAt(tokens, at)) && !isWord(tokens[at - 1])) return false;
  }
  const notForms = EXCLUDED_FORMS.get(match.entry.id);
  if (notForms === undefined) return true;
  for (let i = match.from; i < match.to; i++) {
    if (notForms.has(normAt(tokens, i))) return false;
  }
  return true;
}

/**
 * Every cue that matches the text, overlaps resolved within each layer, in text order (a stable
 * sort: matches of one span stay in rank order, the programme's before the market's).
 */
export function findCues(tokens: readonly Token[]): PatternMatch<CueDefinition>[] {
  const wanted = (match: PatternMatch<CueDefinition>) => hasWantedForms(tokens, match);
  return [
    ...resolveOverlaps(programmeCues.findAll(tokens).filter(wanted)),
    ...resolveOverlaps(marketCues.findAll(tokens).filter(wanted)),
  ].sort((a, b) => a.from - b.from || a.to - b.to);
}
