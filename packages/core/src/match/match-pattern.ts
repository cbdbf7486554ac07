import type { Token } from '../text/tokenize.ts';
import type { CompiledPattern, Slot } from './pattern.ts';
import { currentStemId } from './stem-ids.ts';

function isMatchable(token: Token | undefined): token is Token {
  return token !== undefined && (token.kind === 'word' || token.kind === 'number');
}

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
    if (!isMatchable(token) || idOf(token) !== stems[k]) return -1;
  }
  return at + stems.length;
}

/** Index just past the longest match of `slots[slotIndex..]` starting at token `at`, or -1. */
function matchSlots(
  tokens: readonly Token[],
  slots: readonly Slot[],
  slotIndex: number,
  at: number,
): number {
  if (slotIndex === slots.length) return at;
  const slot = slots[slotIndex] as Slot;
  let best = -1;
  if (slot.kind === 'gap') {
    // Skip 0..max words, never across punctuation.
    for (let skip = 0; skip <= slot.max; skip++) {
      if (skip > 0 && !isMatchable(tokens[at + skip - 1])) break;
      const end = matchSlots(tokens, slots, slotIndex + 1, at + skip);
      if (end > best) best = end;
    }
    return best;
  }
  if (slot.kind === 'number') {
    if (tokens[at]?.kind === 'number') best = matchSlots(tokens, slots, slotIndex + 1, at + 1);
  } else {
    const token = tokens[at];
    const alternatives = isMatchable(token) ? slot.byFirst.get(idOf(token)) : undefined;
    if (alternatives !== undefined) {
      for (let k = 0; k < alternatives.length; k++) {
        const next = matchSequence(tokens, at, alternatives[k] as readonly number[]);
        if (next < 0) continue;
        const end = matchSlots(tokens, slots, slotIndex + 1, next);
        if (end > best) best = end;
      }
    }
  }
  if (slot.optional) {
    const end = matchSlots(tokens, slots, slotIndex + 1, at);
    if (end > best) best = end;
  }
  return best;
}

/**
 * Matches a compiled pattern at token `at`; returns the index just past the longest match,
 * or -1 when it does not match there.
 */
export function matchPatternAt(
  tokens: readonly Token[],
  pattern: CompiledPattern,
  at: number,
): number {
  if (!isMatchable(tokens[at])) return -1;
  const end = matchSlots(tokens, pattern.slots, 0, at);
  return end > at ? end : -1;
}
