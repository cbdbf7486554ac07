/**
 * Cuts the visible part of a text into runs that share one style: highlighted as evidence for
 * a pole, under the cursor, or plain. The runs are what the text area renders.
 *
 * @module
 */
import type { Classification, Pole } from '@marketlens/core';
import { nextBoundary } from './graphemes.ts';

/** A highlighted range of the text. */
export type Highlight = { start: number; end: number; pole: Pole };

/** A run of text with one style. */
export type Segment = { text: string; pole?: Pole; cursor?: boolean };

/** Every evidence span of a result, sorted by start; overlaps keep the earlier span. */
export function highlightsOf(result: Classification): Highlight[] {
  const spans = Object.values(result.dimensions)
    .flatMap((dimension) => dimension.evidence)
    .map(({ start, end, pole }) => ({ start, end, pole }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Highlight[] = [];
  for (const span of spans) {
    const last = kept.at(-1);
    if (last !== undefined && span.start < last.end) continue;
    kept.push(span);
  }
  return kept;
}

/**
 * The runs of `value.slice(from, to)`. The cursor (when inside the range) gets a run of its own:
 * the character (grapheme cluster) under it, or a space at a line end or the end of the text.
 */
export function segmentText(
  value: string,
  highlights: readonly Highlight[],
  cursor: number | undefined,
  from = 0,
  to = value.length,
): Segment[] {
  const cuts = new Set<number>([from, to]);
  for (const h of highlights) {
    if (h.end > from && h.start < to) {
      cuts.add(Math.max(from, h.start));
      cuts.add(Math.min(to, h.end));
    }
  }
  const showCursor = cursor !== undefined && cursor >= from && cursor <= to;
  if (showCursor) {
    cuts.add(cursor);
    if (cursor < to) cuts.add(Math.min(to, nextBoundary(value, cursor)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const pole = highlights.find((h) => h.start <= start && h.end >= end)?.pole;
    const isCursor = showCursor && start === cursor;
    const text = value.slice(start, end);
    if (isCursor && text === '\n') {
      segments.push({ text: ' ', cursor: true }, { text: '\n' });
      continue;
    }
    segments.push({ text, ...(pole ? { pole } : {}), ...(isCursor ? { cursor: true } : {}) });
  }
  if (showCursor && cursor === to) segments.push({ text: ' ', cursor: true });
  return segments;
}
