import { describe, expect, it } from 'vitest';
import { displayWidth } from '../format/display-width.ts';
import { layoutRows, rowIndexOf, visibleRows } from './text-layout.ts';

const texts = (value: string, width: number) =>
  layoutRows(value, width).map((row) => value.slice(row.start, row.end));

describe('layoutRows', () => {
  it('wraps between words, the space a wrap falls on ending its row, never starting one', () => {
    expect(texts('Loyalty for resellers at renewal.', 12)).toEqual([
      'Loyalty for ',
      'resellers at ',
      'renewal.',
    ]);
    // A word that exactly fills the row: the space after it stays on that row.
    expect(texts('abcd efgh', 4)).toEqual(['abcd ', 'efgh']);
  });

  it('keeps the text’s own lines, empty ones included', () => {
    expect(texts('one\n\ntwo\n', 10)).toEqual(['one', '', 'two', '']);
    expect(layoutRows('', 10)).toEqual([{ start: 0, end: 0, soft: false }]);
  });

  it('cuts a word longer than the row', () => {
    expect(texts('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('counts wide characters and emoji as two columns and never splits them', () => {
    const rows = texts('日本語のテキスト👍👍', 6);
    expect(rows).toEqual(['日本語', 'のテキ', 'スト👍', '👍']);
    for (const row of rows) expect(displayWidth(row)).toBeLessThanOrEqual(6);
  });

  it('counts the rows of one long line, not its one line', () => {
    const long = 'word '.repeat(857).trim(); // 4,284 characters, no new line
    const rows = layoutRows(long, 36);
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.map((r) => long.slice(r.start, r.end)).join('')).toBe(long);
  });
});

describe('rowIndexOf', () => {
  it('puts the offset at a wrap on the next row, and a line end on its own row', () => {
    const rows = layoutRows('Loyalty for resellers\nend', 12);
    expect(rows.map((r) => [r.start, r.end])).toEqual([
      [0, 12],
      [12, 21],
      [22, 25],
    ]);
    expect(rowIndexOf(rows, 11)).toBe(0);
    expect(rowIndexOf(rows, 12)).toBe(1);
    expect(rowIndexOf(rows, 21)).toBe(1);
    expect(rowIndexOf(rows, 22)).toBe(2);
  });
});

describe('visibleRows', () => {
  it('shows every row when they fit', () => {
    expect(visibleRows(3, 0, 3)).toEqual({ first: 0, last: 3, hiddenAbove: 0, hiddenBelow: 0 });
  });

  it('keeps the cursor row in view and leaves a row for the count of hidden ones', () => {
    expect(visibleRows(10, 9, 4)).toEqual({ first: 7, last: 10, hiddenAbove: 7, hiddenBelow: 0 });
    expect(visibleRows(10, 0, 4)).toEqual({ first: 0, last: 3, hiddenAbove: 0, hiddenBelow: 7 });
    expect(visibleRows(10, 5, 1)).toMatchObject({ first: 5, last: 6 });
  });
});
