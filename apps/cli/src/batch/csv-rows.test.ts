import type { Options } from 'csv-parse/sync';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type CsvRow, readCsvRows } from './csv-rows.ts';
import { splitLines } from './lines.ts';

// What the cutter costs, counted where the work is done: the characters the quote scanner
// and the CSV parser are given.
const work = vi.hoisted(() => ({ scanned: 0, parsed: 0 }));

vi.mock('./csv-quotes.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./csv-quotes.ts')>();
  return {
    ...actual,
    scanQuotes: (text: string, state: Parameters<typeof actual.scanQuotes>[1]) => {
      work.scanned += text.length;
      return actual.scanQuotes(text, state);
    },
  };
});

vi.mock('csv-parse/sync', async (importOriginal) => {
  const actual = await importOriginal<typeof import('csv-parse/sync')>();
  return {
    ...actual,
    parse: (input: string, options: Options) => {
      work.parsed += input.length;
      return actual.parse(input, options);
    },
  };
});

async function rowsOf(chunks: (string | Uint8Array)[], maxRowBytes?: number) {
  const lines = splitLines(
    (async function* () {
      yield* chunks;
    })(),
    maxRowBytes,
  );
  const rows: CsvRow[] = [];
  for await (const group of readCsvRows(lines, maxRowBytes)) rows.push(...group);
  return rows;
}

/** A header, then `count` rows that each open a quote they never close. */
function openQuotes(count: number): string {
  const rows = Array.from({ length: count }, (_, i) => `${i + 1},"Loyalty rebates ${i + 1}`);
  return `id,text\n${rows.join('\n')}\n`;
}

describe('readCsvRows', () => {
  beforeEach(() => {
    work.scanned = 0;
    work.parsed = 0;
  });

  it('reads rows that each leave a quote open in work in proportion to the input', async () => {
    const text = openQuotes(2_000);
    const rows = await rowsOf([text]);
    expect(rows).toHaveLength(2_001);
    expect(rows[1]).toEqual({
      line: 2,
      error:
        'invalid CSV: unterminated quoted field: the quote opened on this line is not closed properly (line 3: stray quote in field 2: "L" follows its closing quote)',
    });
    expect(rows[2_000]).toEqual({
      line: 2_001,
      error:
        'invalid CSV: unterminated quoted field: the quote opened on this line is never closed',
    });
    // The group is cut, and tried in one parse, once; then each line is cut and parsed twice: as
    // the second line of a row that does not parse, and as the first of its own row (~3 times
    // the input in all). Each open quote used to have every later line cut and parsed again
    // (~1,000 times the input here).
    expect(work.scanned).toBeLessThan(4 * text.length);
    expect(work.parsed).toBeLessThan(4 * text.length);
  });

  it('reads the same rows from open quotes whatever the chunks, and the rows after them', async () => {
    const text = `${openQuotes(300)}after,"two\nlines"\nlast,row\n`;
    const whole = await rowsOf([text]);
    expect(whole.slice(-2)).toEqual([
      { line: 302, fields: ['after', 'two\nlines'] },
      { line: 304, fields: ['last', 'row'] },
    ]);
    const pieces: string[] = [];
    for (let at = 0; at < text.length; at += 37) pieces.push(text.slice(at, at + 37));
    expect(await rowsOf(pieces)).toEqual(whole);
  });

  it('reads rows that each open a quote again, left open, in work in proportion to the input', async () => {
    // `a","` opens a quote from the start of a row, and closes and opens it again from inside
    // one: each row runs to the end of the input. Each used to have every later line cut again
    // (and, closed by a last line, parsed again): ~1,000 times the input here.
    const rows = 'a","\n'.repeat(2_000);
    for (const [last, error] of [
      ['', 'is never closed'],
      [
        'x"y\n',
        'is not closed properly (line 3: stray quote in field 1: a quote inside an unquoted field)',
      ],
    ]) {
      work.scanned = 0;
      work.parsed = 0;
      const text = `id,text\n${rows}${last}`;
      const read = await rowsOf([text]);
      expect(read).toHaveLength(last === '' ? 2_001 : 2_002);
      expect(read[2]).toEqual({
        line: 3,
        error: `invalid CSV: unterminated quoted field: the quote opened on this line ${error}`,
      });
      expect(work.scanned).toBeLessThan(4 * text.length);
      expect(work.parsed).toBeLessThan(4 * text.length);
    }
  });

  it('reads rows that each open a quote again up to the row limit in work in proportion to the input', async () => {
    const text = `id,text\n${'a","\n'.repeat(2_000)}`;
    const read = await rowsOf([text], 1_000);
    expect(read[1]).toEqual({
      line: 2,
      error:
        'invalid CSV: unterminated quoted field: the quote opened on this line is not closed within 1000 bytes',
    });
    expect(work.scanned).toBeLessThan(4 * text.length);
  });

  it('parses a CSV of valid rows once', async () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => `${i},"Loyalty, ""rebates""\n${i}"`);
    const text = `id,text\n${rows.join('\n')}\n`;
    expect(await rowsOf([text])).toHaveLength(2_001);
    expect(work.scanned).toBeLessThanOrEqual(text.length);
    expect(work.parsed).toBeLessThanOrEqual(text.length);
  });
});
