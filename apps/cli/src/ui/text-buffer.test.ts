import { describe, expect, it } from 'vitest';
import {
  backspace,
  createBuffer,
  deleteForward,
  insert,
  moveBy,
  moveRow,
  moveToLineEdge,
  typeChunk,
} from './text-buffer.ts';

describe('text buffer', () => {
  it('inserts at the cursor and moves it past the insertion', () => {
    const buffer = insert(moveBy(createBuffer('ac'), -1), 'b');
    expect(buffer).toEqual({ value: 'abc', cursor: 2 });
  });

  it('keeps the Enter of "a\\r" typed in one read as a new line', () => {
    expect(typeChunk(createBuffer(), 'a\r')).toEqual({ value: 'a\n', cursor: 2 });
  });

  it('turns CRLF and CR of a pasted paragraph into single new lines', () => {
    const pasted = typeChunk(createBuffer(), 'Line one.\r\nLine two.\rLine three.\n');
    expect(pasted.value).toBe('Line one.\nLine two.\nLine three.\n');
  });

  it('applies DEL inside a chunk as backspace and drops other control characters', () => {
    expect(typeChunk(createBuffer(), 'abx\u007fc\u0007').value).toBe('abc');
    expect(typeChunk(createBuffer(), 'a\tb').value).toBe('a  b');
  });

  it('drops escape sequences that are not text', () => {
    expect(typeChunk(createBuffer(), 'a\u001b[200~b').value).toBe('ab');
  });

  it('deletes backwards and forwards, and does nothing at the edges', () => {
    const start = createBuffer('abc');
    expect(backspace(start)).toEqual({ value: 'ab', cursor: 2 });
    expect(deleteForward(start)).toBe(start);
    const home = moveBy(start, -10);
    expect(home.cursor).toBe(0);
    expect(backspace(home)).toBe(home);
    expect(deleteForward(home)).toEqual({ value: 'bc', cursor: 0 });
  });

  it('moves between lines keeping the column, clamped to shorter lines', () => {
    const buffer = { value: 'abcdef\nxy\nlonger line', cursor: 4 };
    const down = moveRow(buffer, 1, 40);
    expect(down.cursor).toBe(9); // end of "xy"
    const down2 = moveRow(down, 1, 40);
    expect(down2.cursor).toBe(12); // column 2 of the third line
    expect(moveRow(down2, -1, 40).cursor).toBe(9);
    expect(moveRow(buffer, -1, 40).cursor).toBe(0);
    expect(moveRow(down2, 1, 40).cursor).toBe(buffer.value.length);
  });

  it('moves by screen rows inside a paragraph that wraps', () => {
    // At 12 columns: "Loyalty for " / "resellers at " / "renewal."
    const value = 'Loyalty for resellers at renewal.';
    const onSecondRow = { value, cursor: 15 }; // "res|ellers"
    expect(moveRow(onSecondRow, -1, 12).cursor).toBe(3); // "Loy|alty"
    expect(moveRow(onSecondRow, 1, 12).cursor).toBe(28); // "ren|ewal."
    // A column past a wrapped row's end stops on its last character, not on the next row.
    expect(moveRow({ value, cursor: 24 }, -1, 12).cursor).toBe(11);
    // Wide characters take two columns: "ab " / "日本語 " / "cd" at 6 columns.
    const wide = 'ab 日本語 cd';
    expect(moveRow({ value: wide, cursor: 9 }, -1, 6).cursor).toBe(4); // "日|本"
    expect(moveRow({ value: wide, cursor: 8 }, -1, 6).cursor).toBe(3); // "|日", not half of it
  });

  it('moves and deletes by grapheme cluster, never splitting an emoji or an accent', () => {
    const typed = createBuffer('ab👍cd');
    const left3 = moveBy(moveBy(moveBy(typed, -1), -1), -1);
    expect(left3.cursor).toBe(2);
    expect(moveBy(left3, 1).cursor).toBe(4);
    expect(backspace({ value: 'ab👍cd', cursor: 4 })).toEqual({ value: 'abcd', cursor: 2 });
    expect(deleteForward({ value: 'ab👍cd', cursor: 2 })).toEqual({ value: 'abcd', cursor: 2 });
    const family = 'x👨‍👩‍👧y';
    expect(moveBy({ value: family, cursor: 1 }, 1).cursor).toBe(family.length - 1);
    expect(backspace({ value: family, cursor: family.length - 1 }).value).toBe('xy');
    const accent = 'cafe\u0301!';
    expect(moveBy({ value: accent, cursor: accent.length - 1 }, -1).cursor).toBe(3);
    expect(typeChunk(createBuffer('ab👍'), '\u007f').value).toBe('ab');
  });

  it('jumps to the start and end of the current line', () => {
    const buffer = { value: 'ab\ncdef\ng', cursor: 5 };
    expect(moveToLineEdge(buffer, 'home').cursor).toBe(3);
    expect(moveToLineEdge(buffer, 'end').cursor).toBe(7);
  });
});
