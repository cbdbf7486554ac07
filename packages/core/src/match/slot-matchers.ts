import { isNumber, isText, type Token } from '../text/tokenize.ts';
import type { Slot } from './pattern.ts';
import { currentStemId } from './stem-ids.ts';

/** Index just past the longest match of the slots it was built for, from token `at`; or -1. */
export type SlotsMatcher = (tokens: readonly Token[], at: number) => number;

/** The id of a matchable token's stem (0 when no pattern uses it). */
function idOf(token: Token): number {
  return currentStemId(token.stem, token.stemId);
}

/**
 * Token position at which the stem ids `stems` end when they start at `at`, or -1. The first
 * stem is known to match (the alternative was looked up by it).
 */
function matchSequence(tokens: readonly Token[], at: number, stems: readonly number[]): number {
  for (let k = 1; k < stems.length; k++) {
    const token = tokens[at + k];
    if (!isText(token) || idOf(token) !== stems[k]) return -1;
  }
  return at + stems.length;
}

const matchEnd: SlotsMatcher = (_tokens, at) => at;

function gapMatcher(max: number, rest: SlotsMatcher): SlotsMatcher {
  return (tokens, at) => {
    let best = -1;
    // Skip 0..max words, never across punctuation.
    for (let skip = 0; skip <= max; skip++) {
      if (skip > 0 && !isText(tokens[at + skip - 1])) break;
      const end = rest(tokens, at + skip);
      if (end > best) best = end;
    }
    return best;
  };
}

function numberMatcher(optional: boolean, rest: SlotsMatcher): SlotsMatcher {
  return (tokens, at) => {
    let best = isNumber(tokens[at]) ? rest(tokens, at + 1) : -1;
    if (optional) {
      const end = rest(tokens, at);
      if (end > best) best = end;
    }
    return best;
  };
}

function wordsMatcher(slot: Extract<Slot, { kind: 'words' }>, rest: SlotsMatcher): SlotsMatcher {
  const { alternatives, byFirst, numbers, optional } = slot;
  // A required slot of single words: one look-up, no alternatives to walk.
  if (!optional && alternatives.every((stems) => stems.length === 1))
    return (tokens, at) => {
      const token = tokens[at];
      if (numbers && isNumber(token)) return rest(tokens, at + 1);
      return isText(token) && byFirst.has(idOf(token)) ? rest(tokens, at + 1) : -1;
    };
  return (tokens, at) => {
    const token = tokens[at];
    let best = numbers && isNumber(token) ? rest(tokens, at + 1) : -1;
    const starting = isText(token) ? byFirst.get(idOf(token)) : undefined;
    if (starting !== undefined) {
      for (let k = 0; k < starting.length; k++) {
        const next = matchSequence(tokens, at, starting[k] as readonly number[]);
        if (next < 0) continue;
        const end = rest(tokens, next);
        if (end > best) best = end;
      }
    }
    if (optional) {
      const end = rest(tokens, at);
      if (end > best) best = end;
    }
    return best;
  };
}

/**
 * Builds one function for a sequence of slots, each slot a closure over the rest (built from
 * the last slot back): no interpretation of slot kinds at match time.
 */
export function slotsMatcher(slots: readonly Slot[]): SlotsMatcher {
  let matcher = matchEnd;
  for (let i = slots.length - 1; i >= 0; i--) {
    const slot = slots[i] as Slot;
    if (slot.kind === 'gap') matcher = gapMatcher(slot.max, matcher);
    else if (slot.kind === 'number') matcher = numberMatcher(slot.optional, matcher);
    else matcher = wordsMatcher(slot, matcher);
  }
  return matcher;
}
