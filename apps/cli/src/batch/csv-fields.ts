/**
 * The fields of CSV rows, by csv-parse: the rows are cut beforehand (see `csv-rows.ts`), and
 * the parser decides what each field holds, or why a row is not valid CSV.
 *
 * @module
 */
import { type CsvError, parse } from 'csv-parse/sync';

/**
 * Why a row is not valid CSV: the fault, what to do about it (when there is a rule to tell),
 * and the line of the row (1-based) where the parser stopped.
 */
export type CsvFault = { reason: string; hint?: string; line: number };

// A row never holds a newline outside quotes; a lone `\r` in an unquoted field is text.
const OPTIONS = { relax_column_count: true, record_delimiter: '\n' } as const;

/** The parser's complaint in words, without its line number (which counts from the row). */
function toFault(error: CsvError): CsvFault {
  const line = typeof error.lines === 'number' ? error.lines : 1;
  const field = `field ${typeof error.column === 'number' ? error.column + 1 : '?'}`;
  if (error.code === 'CSV_INVALID_CLOSING_QUOTE') {
    const after = /got "(.*?)" at line/s.exec(error.message)?.[1];
    const what = after === undefined ? 'text' : `"${after}"`;
    return {
      reason: `stray quote in ${field}: ${what} follows its closing quote`,
      hint: 'a quoted field ends at a comma or the end of the row',
      line,
    };
  }
  if (error.code === 'INVALID_OPENING_QUOTE') {
    return {
      reason: `stray quote in ${field}: a quote inside an unquoted field`,
      hint: 'quote the whole field, and double the quotes in it',
      line,
    };
  }
  return { reason: error.message.replace(/ at line \d+/, ''), line };
}

/** The error message of a one-line row that is not valid CSV. */
export function describeCsvFault(fault: CsvFault): string {
  return `invalid CSV: ${fault.reason}${fault.hint === undefined ? '' : ` (${fault.hint})`}`;
}

/** The fields of one row (the text of its lines, without the final newline). */
export function parseRow(text: string): string[] | CsvFault {
  try {
    const rows = parse(text, OPTIONS);
    if (rows.length === 1 && rows[0] !== undefined) return rows[0];
    return { reason: `the row reads as ${rows.length} rows`, line: 1 };
  } catch (error) {
    return toFault(error as CsvError);
  }
}

/** Rows of up to this many lines are parsed whole at once: their start would tell little sooner. */
const WHOLE_ROW_LINES = 4;

/**
 * What `parseRow` makes of the text of a row of `count` lines, reading no more of it than tells
 * its fault: `text(count)` is the row's text, and `text(m)`, for `m` below `count`, the start of
 * it: its first `m` lines, each with the newline that follows it in the row. The parser reads a
 * text in order and looks one character ahead at most, and no character it meets at the end of
 * such a start (its newline, then the end of the text) is a fault, but a quote left open: so a
 * start that fails otherwise fails as the whole row does, with the same error, line and field.
 * A row of several lines that does not parse mostly fails early (a quote closed where the row
 * was cut), and is then read in time for its first lines, not its length.
 */
export function parseRowOfLines(
  count: number,
  text: (lines: number) => string,
): string[] | CsvFault {
  if (count > WHOLE_ROW_LINES) {
    for (let lines = 1; lines < count; lines *= 2) {
      try {
        parse(text(lines), OPTIONS);
      } catch (error) {
        if ((error as CsvError).code !== 'CSV_QUOTE_NOT_CLOSED') return toFault(error as CsvError);
      }
    }
  }
  return parseRow(text(count));
}

/**
 * The fields of each of `texts` in one call of the parser, or undefined when any of them is not
 * a valid row of its own (each call has a set-up cost several times that of a short row).
 */
export function parseAllValid(texts: readonly string[]): string[][] | undefined {
  try {
    const rows = parse(texts.join('\n'), OPTIONS);
    if (rows.length === texts.length) return rows;
  } catch {
    // some row is not valid CSV
  }
  return undefined;
}

/**
 * The fields of each of `texts` (rows of one line each), in one call of the parser when they
 * are all valid, else row by row.
 */
export function parseRows(texts: readonly string[]): (string[] | CsvFault)[] {
  return (texts.length > 1 ? parseAllValid(texts) : undefined) ?? texts.map(parseRow);
}
