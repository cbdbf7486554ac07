/**
 * The text area's text cut into screen rows: each line of the text wrapped at a width in
 * terminal columns (wide characters and emoji take two), between words where it can. Rows are
 * what the text area draws, scrolls and moves the cursor up and down by.
 *
 * A row holds at most `width` columns of text, plus one column the text area keeps free for the
 * cursor at a line's end or for the space a wrap falls on, which stays at the end of its row
 * instead of starting the next one.
 *
 * @module
 */
import { clusterWidth, displayWidth, graphemeSegmenter } from '../format/display-width.ts';
import { nextBoundary } from './graphemes.ts';

/**
 * One screen row: `value.slice(start, end)`, never a new line. `soft` when the line goes on in
 * the next row (the wrap), so the offset `end` is shown at the start of that row.
 */
export type Row = { readonly start: number; readonly end: number; readonly soft: boolean };

let cache: { value: string; width: number; rows: Row[] } | undefined;

/** The rows of `value` at `width` columns (at least one row, even for an empty text). */
export function layoutRows(value: string, width: number): Row[] {
  const columns = Math.max(1, Math.floor(width));
  if (cache?.value === value && cache.width === columns) return cache.rows;
  const simple = /^[\x20-\x7e\n]*$/.test(value);
  const rows: Row[] = [];
  let lineStart = 0;
  while (true) {
    const newline = value.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? value.length : newline;
    wrapLine(value, lineStart, lineEnd, columns, simple, rows);
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  cache = { value, width: columns, rows };
  return rows;
}

function wrapLine(
  value: string,
  start: number,
  end: number,
  width: number,
  simple: boolean,
  rows: Row[],
): void {
  let rowStart = start;
  let column = 0;
  let breakAt = -1; // just after the row's last space: where a word wrap starts the next row
  const place = (i: number, next: number, cluster: string, w: number) => {
    while (true) {
      if (column + w <= width || i === rowStart) {
        column += w;
        if (cluster === ' ') breakAt = next;
        return;
      }
      if (cluster === ' ') {
        // The space the wrap falls on ends its row, in the column kept free.
        rows.push({ start: rowStart, end: next, soft: true });
        rowStart = next;
        column = 0;
        breakAt = -1;
        return;
      }
      if (breakAt > rowStart) {
        rows.push({ start: rowStart, end: breakAt, soft: true });
        column = displayWidth(value.slice(breakAt, i));
        rowStart = breakAt;
      } else {
        // One word wider than the row: cut it before this cluster, which then starts a row.
        rows.push({ start: rowStart, end: i, soft: true });
        rowStart = i;
        column = 0;
      }
      breakAt = -1;
    }
  };
  if (simple) {
    for (let i = start; i < end; i += 1) place(i, i + 1, value[i] as string, 1);
  } else {
    for (const { index, segment } of graphemeSegmenter().segment(value.slice(start, end))) {
      place(start + index, start + index + segment.length, segment, clusterWidth(segment));
    }
  }
  rows.push({ start: rowStart, end, soft: false });
}

/** The index of the row the cursor at `offset` is shown on. */
export function rowIndexOf(rows: readonly Row[], offset: number): number {
  let low = 0;
  let high = rows.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((rows[middle] as Row).start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The column of `offset` within `row`. */
export function columnOf(value: string, row: Row, offset: number): number {
  return displayWidth(value.slice(row.start, offset));
}

/** The offset in `row` nearest to `column` from the left (a wrapped row's end belongs to the next). */
export function offsetAtColumn(value: string, row: Row, column: number): number {
  let offset = row.start;
  let at = 0;
  while (offset < row.end) {
    const next = nextBoundary(value, offset);
    at += clusterWidth(value.slice(offset, next));
    if (at > column || (row.soft && next === row.end)) return offset;
    offset = next;
  }
  return offset;
}

/** Which of `count` rows fit in `height` rows with the cursor's row in view. */
export type RowWindow = { first: number; last: number; hiddenAbove: number; hiddenBelow: number };

/**
 * The rows to show: all of them when they fit, else `height - 1` around the cursor's row and
 * one row left for saying how many are hidden.
 */
export function visibleRows(count: number, cursorRow: number, height: number): RowWindow {
  if (count <= height) return { first: 0, last: count, hiddenAbove: 0, hiddenBelow: 0 };
  const shown = Math.max(1, height - 1);
  const first = Math.max(0, Math.min(cursorRow - shown + 1, count - shown));
  const last = first + shown;
  return { first, last, hiddenAbove: first, hiddenBelow: count - last };
}
