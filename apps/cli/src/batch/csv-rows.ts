/**
 * Cuts CSV lines into rows — a newline outside quotes ends a row — and parses each row on its
 * own, so that a bad row is one error record at the line where it starts and costs no other
 * row. A quote left open (at the end of the input, past the record limit, or closed only where
 * the row cannot be parsed) is blamed on the row's first line, and the lines after it are read
 * again as rows of their own.
 *
 * @module
 */
import { type CsvFault, describeCsvFault, parseAllValid, parseRows } from './csv-fields.ts';
import { QuoteState, scanQuotes } from './csv-quotes.ts';
import { MAX_RECORD_BYTES } from './limits.ts';
import { type Line, withoutCr } from './lines.ts';

/** One CSV row: its fields (none for a blank line), or what is wrong with it; `line` is where it starts. */
export type CsvRow = { line: number; fields: string[] } | { line: number; error: string };

type NumberedLine = { number: number; line: Line };
/**
 * A row cut but not yet parsed: its text (`''` for a blank line), or its fault. It keeps its
 * lines, to read them again should an earlier row of its group turn out unterminated.
 */
type CutRow = { entries: NumberedLine[] } & ({ text: string } | { error: string });

const UNTERMINATED = 'invalid CSV: unterminated quoted field: the quote opened on this line';
const textOf = (line: Line) => (typeof line === 'string' ? line : line.text);
const firstLine = (row: CutRow) => (row.entries[0] as NumberedLine).number;

/** A row of several lines that does not parse: its quote was not closed where it seemed to be. */
type Unterminated = { index: number; fault: CsvFault };

/** The texts of `rows` the parser reads: neither blank nor already at fault. */
const textsOf = (rows: readonly CutRow[]) =>
  rows.flatMap((row) => ('text' in row && row.text !== '' ? [row.text] : []));

/** Puts `rows` out in order, given the parser's reading of their texts (`textsOf`). */
function putOut(rows: readonly CutRow[], parsed: readonly (string[] | CsvFault)[], out: CsvRow[]) {
  let next = 0;
  for (const row of rows) {
    const line = firstLine(row);
    if ('error' in row) out.push({ line, error: row.error });
    else if (row.text === '') out.push({ line, fields: [] });
    else {
      const fields = parsed[next++] as string[] | CsvFault;
      out.push(
        Array.isArray(fields) ? { line, fields } : { line, error: describeCsvFault(fields) },
      );
    }
  }
}

/**
 * Parses cut rows into `out`, in order: all in one call of the parser when every row is valid;
 * else the rows of one line in one call and each row of several lines alone, stopping at the
 * first row of several lines that does not parse, which it returns (what follows it will be cut
 * again, so it is not parsed now); undefined when every row was put out.
 */
function parseCut(rows: readonly CutRow[], out: CsvRow[]): Unterminated | undefined {
  // Mostly every row is valid: all of them in one call of the parser (a row alone is parsed
  // below, once).
  const all = rows.length > 1 ? parseAllValid(textsOf(rows)) : undefined;
  if (all !== undefined) {
    putOut(rows, all, out);
    return undefined;
  }
  let start = 0;
  for (const [index, row] of rows.entries()) {
    if (!('text' in row) || row.entries.length === 1) continue;
    const before = rows.slice(start, index);
    putOut(before, parseRows(textsOf(before)), out);
    const fields = parseRows([row.text])[0] as string[] | CsvFault;
    if (!Array.isArray(fields)) return { index, fault: fields };
    out.push({ line: firstLine(row), fields });
    start = index + 1;
  }
  const rest = rows.slice(start);
  putOut(rest, parseRows(textsOf(rest)), out);
  return undefined;
}

/** Puts lines in and takes rows out, in order. */
type RowCutter = {
  push(line: NumberedLine): void;
  /** The input is over: a row still open is unterminated. */
  end(): void;
  /** The rows finished so far, parsed. */
  take(): CsvRow[];
};

function createRowCutter(maxRowBytes: number): RowCutter {
  // Lines to read: those put back to be read again (a stack, the next one last), then those
  // pushed, from `next` on. Putting lines back costs what is put back, not what waits after it.
  const back: NumberedLine[] = [];
  let queue: NumberedLine[] = [];
  let next = 0;
  // The row being read: its lines so far, its quote state, and its bytes while a quote is open.
  let open: NumberedLine[] = [];
  let state: QuoteState = QuoteState.fieldStart;
  let openBytes = 0;
  let cut: CutRow[] = [];
  let ended = false;

  const reset = () => {
    open = [];
    state = QuoteState.fieldStart;
    openBytes = 0;
  };
  /** Puts `lines` back, in order, to be read before any other. */
  const putBack = (lines: readonly NumberedLine[]) => {
    for (let i = lines.length - 1; i >= 0; i -= 1) back.push(lines[i] as NumberedLine);
  };
  /** Blames the open row's first line; the lines after it (and `also`) are read again. */
  const abandon = (error: string, also: NumberedLine[] = []) => {
    const [first, ...rest] = open;
    if (first !== undefined) cut.push({ entries: [first], error });
    reset();
    putBack(rest.concat(also));
  };

  /** Cuts the open row; true when it is a text of several lines (the kind that may not parse). */
  const finish = (): boolean => {
    const entries = open;
    reset();
    const bad = entries.find((entry) => typeof entry.line !== 'string');
    if (bad === undefined) {
      cut.push({
        entries,
        text: withoutCr(entries.map((entry) => entry.line as string).join('\n')),
      });
      return entries.length > 1;
    }
    const { error } = bad.line as { error: string };
    const inside = bad === entries[0] ? '' : ` (line ${bad.number}, inside this row's quotes)`;
    cut.push({ entries, error: `${error}${inside}` });
    return false;
  };

  /** Reads one line; true when it ends a text of several lines. */
  const feed = (entry: NumberedLine): boolean => {
    const text = textOf(entry.line);
    if (text === undefined) {
      // A line too long to keep: a row of its own, or past hope for the open row.
      const { error } = entry.line as { error: string };
      if (open.length === 0) cut.push({ entries: [entry], error });
      else abandon(`${UNTERMINATED} is not closed within ${maxRowBytes} bytes`, [entry]);
      return false;
    }
    open.push(entry);
    state = scanQuotes(text, state);
    if (state !== QuoteState.quoted) return finish();
    openBytes += Buffer.byteLength(text) + 1;
    if (openBytes > maxRowBytes) {
      abandon(`${UNTERMINATED} is not closed within ${maxRowBytes} bytes`);
    }
    return false;
  };

  /** Reads the lines waiting, all of them, or (`untilSeveral`) up to a text of several lines. */
  const readQueue = (untilSeveral: boolean): boolean => {
    for (;;) {
      const entry = back.length > 0 ? back.pop() : queue[next++];
      if (entry === undefined) break;
      if (feed(entry) && untilSeveral) return true;
    }
    queue = [];
    next = 0;
    return false;
  };
  /**
   * Reads the lines waiting; once the input is over, a row left open is unterminated. With
   * `untilSeveral`, stops after the first row of several lines it cuts, so that the rows up to
   * it are parsed before any line after it is cut: should that row not parse, the lines after
   * it are cut once, from its second line, instead of once more for every open quote.
   */
  const drain = (untilSeveral = false) => {
    if (readQueue(untilSeveral)) return;
    while (ended && open.length > 0) {
      abandon(`${UNTERMINATED} is never closed`);
      if (readQueue(untilSeveral)) return;
    }
  };

  return {
    push(line) {
      queue.push(line);
      drain();
    },
    end() {
      ended = true;
      drain();
    },
    take() {
      const rows: CsvRow[] = [];
      for (let batch = cut; batch.length > 0; batch = cut) {
        cut = [];
        const unterminated = parseCut(batch, rows);
        if (unterminated !== undefined) {
          // Blame its first line, and read on from its second: the later rows are cut again.
          const { index, fault } = unterminated;
          const row = batch[index] as CutRow;
          const line = firstLine(row);
          const at = line + fault.line - 1;
          rows.push({
            line,
            error: `${UNTERMINATED} is not closed properly (line ${at}: ${fault.reason})`,
          });
          const later = batch.slice(index + 1).flatMap((other) => other.entries);
          const reopened = open;
          reset();
          putBack(row.entries.slice(1).concat(later, reopened));
        }
        // Lines put back are cut again only up to the next row of several lines, and parsed:
        // a CSV with an open quote in every row is cut and parsed in time linear in its size.
        drain(true);
      }
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
  let number = 0;
  for await (const group of groups) {
    for (const line of group) {
      number += 1;
      cutter.push({ number, line });
    }
    const rows = cutter.take();
    if (rows.length > 0) yield rows;
  }
  cutter.end();
  const rows = cutter.take();
  if (rows.length > 0) yield rows;
}
