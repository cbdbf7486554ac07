/**
 * Cuts CSV lines into rows — a newline outside quotes ends a row — and parses each row on its
 * own, so that a bad row is one error record at the line where it starts and costs no other
 * row. A quote left open (at the end of the input, past the record limit, or closed only where
 * the row cannot be parsed) is blamed on the row's first line, and the lines after it are read
 * again as rows of their own.
 *
 * Reading them again costs no more than reading them once: every line of a row after its first
 * is read from inside quotes, wherever the row started, so what the quote scanner made of such a
 * line is kept, and a row that starts one line later runs through the lines already known to
 * stay inside quotes, to the same line that ends them, without scanning them again.
 *
 * @module
 */
import {
  type CsvFault,
  describeCsvFault,
  parseAllValid,
  parseRowOfLines,
  parseRows,
} from './csv-fields.ts';
import { QuoteState, scanQuotes } from './csv-quotes.ts';
import { MAX_RECORD_BYTES } from './limits.ts';
import { type Line, type LineFault, withoutCr } from './lines.ts';

/** One CSV row: its fields (none for a blank line), or what is wrong with it; `line` is where it starts. */
export type CsvRow = { line: number; fields: string[] } | { line: number; error: string };

/**
 * A row cut but not yet parsed: its lines, from `start` to `end` (line numbers, both included),
 * and its fault when it has one before any parsing. Its text is put together when it is parsed
 * (and kept), not when it is cut: a row cut again from one line further would copy it again.
 */
type CutRow = { start: number; end: number; error?: string; text?: string };

const UNTERMINATED = 'invalid CSV: unterminated quoted field: the quote opened on this line';
const textOf = (line: Line) => (typeof line === 'string' ? line : line.text);
/** A text of several lines: the kind of row that may not parse where it was cut. */
const isSeveral = (row: CutRow) => row.error === undefined && row.end > row.start;

/** A row of several lines that does not parse: its quote was not closed where it seemed to be. */
type Unterminated = { index: number; fault: CsvFault };

/** Puts lines in and takes rows out, in order. */
type RowCutter = {
  push(line: Line): void;
  /** The input is over: a row still open is unterminated. */
  end(): void;
  /** The rows finished so far, parsed. */
  take(): CsvRow[];
};

function createRowCutter(maxRowBytes: number): RowCutter {
  // The lines that may still be read (again): line number `first` is `lines[0]`; `last` is the
  // number of the last line pushed. The lines of a number below `first` are done with.
  let lines: Line[] = [];
  let first = 1;
  let last = 0;
  // The numbers of the lines that are not UTF-8 (with a text), in order, from `faults[faultsFrom]`.
  let faults: number[] = [];
  let faultsFrom = 0;
  // The next line to read, and the row it belongs to when that row is open (its first line read,
  // its quote open; `bytes` counts that first line and its newline).
  let next = 1;
  let open: { start: number; bytes: number } | undefined;
  let ended = false;
  // What is known of the lines read from inside quotes: lines `runFrom` to `runFrom +
  // runBytes.length - 2` each leave the quote open (and are not too long); `runBytes[i] -
  // runBytes[j]` is the bytes (newlines included) of the lines from `runFrom + j` up to, not
  // including, `runFrom + i`. `stopped`: the line after them is known to end such a row (its
  // quote closes or it is too long to keep).
  let runFrom = 1;
  let runBytes: number[] = [0];
  let stopped = false;

  const lineAt = (number: number) => lines[number - first] as Line;
  const runEnd = () => runFrom + runBytes.length - 1;

  /** The first line not UTF-8 from `start` to `end`, if any. */
  const faultIn = (start: number, end: number): number | undefined => {
    let low = faultsFrom;
    let high = faults.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((faults[middle] as number) < start) low = middle + 1;
      else high = middle;
    }
    const found = faults[low];
    return found !== undefined && found <= end ? found : undefined;
  };

  /** Blames the open row's first line; its lines after the first are read again. */
  const abandon = (start: number, error: string): CutRow => {
    open = undefined;
    next = start + 1;
    return { start, end: start, error };
  };

  /** Cuts the row from `start` to `end`: a text, or the fault of its first line not UTF-8. */
  const finish = (start: number, end: number): CutRow => {
    open = undefined;
    next = end + 1;
    const bad = faultIn(start, end);
    if (bad === undefined) return { start, end };
    const { error } = lineAt(bad) as LineFault;
    const inside = bad === start ? '' : ` (line ${bad}, inside this row's quotes)`;
    return { start, end, error: `${error}${inside}` };
  };

  /**
   * Reads on from the first line of an open row (`start`, of `bytes`): the row ends at the first
   * line after it whose quote closes, or is abandoned at a line too long or when its bytes pass
   * the limit. The lines known to stay inside quotes are not scanned again; those after them
   * are scanned once, and kept. Undefined while the row is still open at the last line pushed.
   */
  const readOn = (start: number, bytes: number): CutRow | undefined => {
    const from = start + 1;
    if (from < runFrom || from > runEnd()) {
      runFrom = from;
      runBytes = [0];
      stopped = false;
    }
    // Past the limit within the lines known, when all of them together pass it.
    const base = (runBytes[from - runFrom] as number) + maxRowBytes - bytes;
    if ((runBytes[runBytes.length - 1] as number) > base) {
      return abandon(start, `${UNTERMINATED} is not closed within ${maxRowBytes} bytes`);
    }
    while (!stopped) {
      const number = runEnd();
      if (number > last) {
        if (!ended) return undefined;
        return abandon(start, `${UNTERMINATED} is never closed`);
      }
      const text = textOf(lineAt(number));
      if (text === undefined || scanQuotes(text, QuoteState.quoted) !== QuoteState.quoted) {
        stopped = true;
        break;
      }
      const total = (runBytes[runBytes.length - 1] as number) + Buffer.byteLength(text) + 1;
      runBytes.push(total);
      if (total > base) {
        return abandon(start, `${UNTERMINATED} is not closed within ${maxRowBytes} bytes`);
      }
    }
    const end = runEnd();
    if (textOf(lineAt(end)) === undefined) {
      // A line too long to keep: past hope for the open row (it is read again as a row).
      return abandon(start, `${UNTERMINATED} is not closed within ${maxRowBytes} bytes`);
    }
    return finish(start, end);
  };

  /** Cuts the next row, or undefined when the lines pushed so far do not finish one. */
  const cutOne = (): CutRow | undefined => {
    if (open !== undefined) return readOn(open.start, open.bytes);
    const start = next;
    if (start > last) return undefined;
    const line = lineAt(start);
    const text = textOf(line);
    if (text === undefined) {
      // A line too long to keep: a row of its own.
      next = start + 1;
      return { start, end: start, error: (line as LineFault).error };
    }
    if (scanQuotes(text, QuoteState.fieldStart) !== QuoteState.quoted) return finish(start, start);
    const bytes = Buffer.byteLength(text) + 1;
    if (bytes > maxRowBytes) {
      return abandon(start, `${UNTERMINATED} is not closed within ${maxRowBytes} bytes`);
    }
    open = { start, bytes };
    return readOn(start, bytes);
  };

  /** Cuts the rows the lines finish, all of them, or (`untilSeveral`) up to a text of several lines. */
  const cutRows = (untilSeveral: boolean): CutRow[] => {
    const rows: CutRow[] = [];
    for (let row = cutOne(); row !== undefined; row = cutOne()) {
      rows.push(row);
      if (untilSeveral && isSeveral(row)) break;
    }
    return rows;
  };

  /** The text of the first `count` lines of a row of several, each with its newline. */
  const headOf = (row: CutRow, count: number): string => {
    let text = '';
    for (let number = row.start; number < row.start + count; number += 1) {
      text += `${lineAt(number) as string}\n`;
    }
    return text;
  };
  /** The text of a row (not at fault), put together once. */
  const textOfRow = (row: CutRow): string => {
    if (row.text !== undefined) return row.text;
    if (row.start === row.end) row.text = withoutCr(textOf(lineAt(row.start)) as string);
    else {
      const parts: string[] = [];
      for (let number = row.start; number <= row.end; number += 1) {
        parts.push(lineAt(number) as string);
      }
      row.text = withoutCr(parts.join('\n'));
    }
    return row.text;
  };
  /** The texts of `rows` the parser reads: neither blank nor already at fault. */
  const textsOf = (rows: readonly CutRow[]) =>
    rows.flatMap((row) => {
      if (row.error !== undefined) return [];
      const text = textOfRow(row);
      return text === '' ? [] : [text];
    });

  /** Puts `rows` out in order, given the parser's reading of their texts (`textsOf`). */
  const putOut = (
    rows: readonly CutRow[],
    parsed: readonly (string[] | CsvFault)[],
    out: CsvRow[],
  ) => {
    let index = 0;
    for (const row of rows) {
      const line = row.start;
      if (row.error !== undefined) out.push({ line, error: row.error });
      else if (textOfRow(row) === '') out.push({ line, fields: [] });
      else {
        const fields = parsed[index++] as string[] | CsvFault;
        out.push(
          Array.isArray(fields) ? { line, fields } : { line, error: describeCsvFault(fields) },
        );
      }
    }
  };

  /**
   * Parses cut rows into `out`, in order: all in one call of the parser when every row is valid
   * (`together`, the rows cut from the lines as they came); else the rows of one line in one
   * call and each row of several lines alone, stopping at the first row of several lines that
   * does not parse, which it returns (what follows it will be cut again, so it is not parsed
   * now); undefined when every row was put out. A row of several lines is parsed only as far as
   * tells its fault (`parseRowOfLines`), so that rows cut again, each from one line further,
   * cost no more than the lines that decide them.
   */
  const parseCut = (
    rows: readonly CutRow[],
    together: boolean,
    out: CsvRow[],
  ): Unterminated | undefined => {
    const all = together && rows.length > 1 ? parseAllValid(textsOf(rows)) : undefined;
    if (all !== undefined) {
      putOut(rows, all, out);
      return undefined;
    }
    let start = 0;
    for (const [index, row] of rows.entries()) {
      if (!isSeveral(row)) continue;
      const before = rows.slice(start, index);
      putOut(before, parseRows(textsOf(before)), out);
      const count = row.end - row.start + 1;
      const fields = parseRowOfLines(count, (lines) =>
        lines < count ? headOf(row, lines) : textOfRow(row),
      );
      if (!Array.isArray(fields)) return { index, fault: fields };
      out.push({ line: row.start, fields });
      start = index + 1;
    }
    const rest = rows.slice(start);
    putOut(rest, parseRows(textsOf(rest)), out);
    return undefined;
  };

  /** Lets go of the lines no row can start at or read again: those before the open row. */
  const forget = () => {
    const keep = open === undefined ? next : open.start;
    if (keep - first > lines.length / 2 && keep - first > 1024) {
      lines = lines.slice(keep - first);
      first = keep;
    }
    while (faultsFrom < faults.length && (faults[faultsFrom] as number) < first) faultsFrom += 1;
    if (faultsFrom > faults.length / 2 && faultsFrom > 1024) {
      faults = faults.slice(faultsFrom);
      faultsFrom = 0;
    }
    if (runFrom < first && first - runFrom > runBytes.length / 2) {
      const drop = Math.min(first - runFrom, runBytes.length - 1);
      runBytes = runBytes.slice(drop);
      runFrom += drop;
    }
  };

  return {
    push(line) {
      last += 1;
      lines.push(line);
      if (typeof line !== 'string' && line.text !== undefined) faults.push(last);
    },
    end() {
      ended = true;
    },
    take() {
      const rows: CsvRow[] = [];
      // The rows the new lines finish, tried together; then, after a row of several lines that
      // does not parse, the rows cut again from its second line, up to the next row of several
      // lines, which is parsed before any line after it is cut.
      let together = true;
      for (let batch = cutRows(false); batch.length > 0; batch = cutRows(true)) {
        const unterminated = parseCut(batch, together, rows);
        together = false;
        if (unterminated !== undefined) {
          // Blame its first line, and read on from its second: the later rows are cut again.
          const { index, fault } = unterminated;
          const line = (batch[index] as CutRow).start;
          const at = line + fault.line - 1;
          rows.push({
            line,
            error: `${UNTERMINATED} is not closed properly (line ${at}: ${fault.reason})`,
          });
          open = undefined;
          next = line + 1;
        }
      }
      forget();
      return rows;
    },
  };
}

/**
 * Yields the rows of CSV lines (as `splitLines` yields them), in order, a group of lines
 * at a time. A row whose quote stays open past `maxRowBytes` is unterminated.
 */
export async function* readCsvRows(
  groups: AsyncIterable<Line[]>,
  maxRowBytes: number = MAX_RECORD_BYTES,
): AsyncGenerator<CsvRow[]> {
  const cutter = createRowCutter(maxRowBytes);
  for await (const group of groups) {
    for (const line of group) cutter.push(line);
    const rows = cutter.take();
    if (rows.length > 0) yield rows;
  }
  cutter.end();
  const rows = cutter.take();
  if (rows.length > 0) yield rows;
}
