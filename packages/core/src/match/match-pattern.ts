import type { Token } from '../text/tokenize.ts';
import type { CompiledPattern, Slot } from './pattern.ts';

function isMatchable(token: Token | undefined): token is Token {
  return token !== undefined && (token.kind === 'word' || token.kind === 'number');
}

/** Token positions at which `alternative` ends when it starts at `at`, or -1. */
function matchSequence(tokens: readonly Token[], at: number, stems: readonly string[]): number {
  let position = at;
  for (const stem of stems) {
    const token = tokens[position];
    if (!isMatchable(token) || token.stem !== stem) return -1;
    position++;
  }
  return position;
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
    const alternatives = isMatchable(token) ? slot.byFirst.get(token.stem) : undefined;
    for (const alternative of alternatives ?? []) {
      const next = matchSequence(tokens, at, alternative);
      if (next < 0) continue;
      const end = matchSlots(tokens, slots, slotIndex + 1, next);
      if (end > best) best = end;
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
