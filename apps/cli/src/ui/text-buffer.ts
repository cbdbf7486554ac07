/**
 * The text area's editing model: a string and a cursor, changed by pure functions. Keeping it
 * free of React and Ink makes every key's effect testable on its own.
 *
 * @module
 */

import { nextBoundary, previousBoundary } from './graphemes.ts';
import { columnOf, layoutRows, offsetAtColumn, type Row, rowIndexOf } from './text-layout.ts';

/** Text and cursor (a UTF-16 offset, 0…value.length, always between two grapheme clusters). */
export type TextBuffer = { readonly value: string; readonly cursor: number };

/** An empty buffer, or one holding `value` with the cursor at its end. */
export function createBuffer(value = ''): TextBuffer {
  return { value, cursor: value.length };
}

/** Inserts `text` at the cursor. */
export function insert(buffer: TextBuffer, text: string): TextBuffer {
  if (text === '') return buffer;
  const { value, cursor } = buffer;
  return {
    value: value.slice(0, cursor) + text + value.slice(cursor),
    cursor: cursor + text.length,
  };
}

/** Deletes the character (grapheme cluster: an emoji, a letter with its accent) before the cursor. */
export function backspace(buffer: TextBuffer): TextBuffer {
  const { value, cursor } = buffer;
  if (cursor === 0) return buffer;
  const start = previousBoundary(value, cursor);
  return { value: value.slice(0, start) + value.slice(cursor), cursor: start };
}

/** Deletes the character (grapheme cluster) under the cursor. */
export function deleteForward(buffer: TextBuffer): TextBuffer {
  const { value, cursor } = buffer;
  if (cursor === value.length) return buffer;
  return { value: value.slice(0, cursor) + value.slice(nextBoundary(value, cursor)), cursor };
}

/** Moves the cursor by `delta` characters (grapheme clusters), within the text. */
export function moveBy(buffer: TextBuffer, delta: number): TextBuffer {
  const { value } = buffer;
  let cursor = buffer.cursor;
  for (let i = 0; i < Math.abs(delta); i += 1) {
    const next = delta < 0 ? previousBoundary(value, cursor) : nextBoundary(value, cursor);
    if (next === cursor) break;
    cursor = next;
  }
  return cursor === buffer.cursor ? buffer : { ...buffer, cursor };
}

function lineStart(value: string, offset: number): number {
  return value.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(value: string, offset: number): number {
  const end = value.indexOf('\n', offset);
  return end === -1 ? value.length : end;
}

/** Moves to the start (`home`) or end of the current line. */
export function moveToLineEdge(buffer: TextBuffer, edge: 'home' | 'end'): TextBuffer {
  const { value, cursor } = buffer;
  return { value, cursor: edge === 'home' ? lineStart(value, cursor) : lineEnd(value, cursor) };
}

/**
 * Moves one screen row up (-1) or down (+1) in the text wrapped at `width` columns (see
 * {@link layoutRows}), keeping the column where the row is long enough; from the first row up
 * goes to the start, from the last down to the end.
 */
export function moveRow(buffer: TextBuffer, direction: -1 | 1, width: number): TextBuffer {
  const { value, cursor } = buffer;
  const rows = layoutRows(value, width);
  const index = rowIndexOf(rows, cursor);
  const target = rows[index + direction];
  if (target === undefined) return { value, cursor: direction === -1 ? 0 : value.length };
  const column = columnOf(value, rows[index] as Row, cursor);
  return { value, cursor: offsetAtColumn(value, target, column) };
}

/**
 * Applies a chunk of typed or pasted characters: printable text is inserted, `\r`, `\r\n` and
 * `\n` become new lines (so "a\r", typed then Enter in one read, loses nothing), DEL and
 * backspace delete, a tab becomes two spaces, other control characters are dropped.
 */
export function typeChunk(buffer: TextBuffer, chunk: string): TextBuffer {
  let next = buffer;
  let pending = '';
  // Escape sequences Ink did not recognise as keys carry no text.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching ESC is the point
  const text = chunk.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '').replace(/\r\n?/g, '\n');
  for (const char of text) {
    if (char === '\u007f' || char === '\b') {
      next = backspace(insert(next, pending));
      pending = '';
    } else if (char === '\n' || char >= ' ') pending += char;
    else if (char === '\t') pending += '  ';
  }
  return insert(next, pending);
}
