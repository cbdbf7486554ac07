/**
 * Keeps the last result's highlights on screen while the text is edited and the next result is
 * on its way: the edit is where the old and new texts differ, spans before it stay, spans after
 * it move with the text, and spans it touches are dropped until the new result comes.
 *
 * @module
 */
import type { Highlight } from './segments.ts';

/** The highlights of `before` carried over to `after`. */
export function carryHighlights(
  highlights: readonly Highlight[],
  before: string,
  after: string,
): readonly Highlight[] {
  if (before === after) return highlights;
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix += 1;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix += 1;
  }
  const editEnd = before.length - suffix;
  const shift = after.length - before.length;
  return highlights.flatMap((h) => {
    if (h.end <= prefix) return [h];
    if (h.start >= editEnd) return [{ ...h, start: h.start + shift, end: h.end + shift }];
    return [];
  });
}
