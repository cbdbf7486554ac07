/**
 * Grapheme cluster boundaries: what a person sees as one character (👍, 👨‍👩‍👧, é written as e and
 * an accent). The cursor moves and deletes by these, so an emoji is never split into a lone
 * surrogate that would reach the screen as � and the classifier as garbage.
 *
 * @module
 */

import { graphemeSegmenter } from '../format/display-width.ts';

/** Code units looked at either side of an offset: far more than any real cluster spans. */
const WINDOW = 1024;

/** Printable ASCII or a new line: a cluster of its own unless something after it extends it. */
function isSimple(code: number): boolean {
  return (code >= 0x20 && code <= 0x7e) || code === 0x0a;
}

/** Whether the code unit cannot extend the cluster before it (ASCII and Latin-1 never do). */
function startsCluster(code: number): boolean {
  return Number.isNaN(code) || code < 0x300;
}

/** The cluster of `value` that contains `offset`, as [start, end). */
function clusterAt(value: string, offset: number): [number, number] {
  const from = Math.max(0, offset - WINDOW);
  const window = value.slice(from, Math.min(value.length, offset + WINDOW));
  const found = graphemeSegmenter()
    .segment(window)
    .containing(offset - from);
  if (found === undefined) return [offset, offset];
  return [from + found.index, from + found.index + found.segment.length];
}

/** The start of the cluster that ends at `offset` (0 at the start of the text). */
export function previousBoundary(value: string, offset: number): number {
  if (offset <= 0) return 0;
  const before = value.charCodeAt(offset - 1);
  if (isSimple(before) && startsCluster(value.charCodeAt(offset))) return offset - 1;
  return clusterAt(value, offset - 1)[0];
}

/** The end of the cluster that starts at `offset` (the text's length at its end). */
export function nextBoundary(value: string, offset: number): number {
  if (offset >= value.length) return value.length;
  if (isSimple(value.charCodeAt(offset)) && startsCluster(value.charCodeAt(offset + 1))) {
    return offset + 1;
  }
  return clusterAt(value, offset)[1];
}
