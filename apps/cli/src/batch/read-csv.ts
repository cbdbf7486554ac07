/**
 * Reads CSV records with a real CSV parser (quoted fields, embedded newlines): a header row
 * with a `text` column and an optional `id` column, then one record per row.
 *
 * @module
 */
import { Readable } from 'node:stream';
import { type CsvError, parse } from 'csv-parse';
import { CliError } from '../commands/errors.ts';
import { type BadRecord, checkFields, type InputRecord } from './record.ts';

type Parsed = { record: string[]; info: { lines: number } };

function checkRow(header: readonly string[], row: readonly string[], line: number): InputRecord {
  if (row.length === 1 && row[0] === '' && header.length > 1) {
    return { ok: false, line, error: 'empty line (expected a CSV row with a "text" field)' };
  }
  if (row.length !== header.length) {
    const fields = `${row.length} field${row.length === 1 ? '' : 's'}`;
    const error = `the row has ${fields}, the header has ${header.length}`;
    const id = row[header.indexOf('id')];
    return id ? { ok: false, line, id, error } : { ok: false, line, error };
  }
  const fieldsByName: Record<string, string> = {};
  header.forEach((name, index) => {
    fieldsByName[name] = row[index] ?? '';
  });
  return checkFields(fieldsByName, line);
}

/**
 * Yields one checked record per CSV row, in order (in groups, like the JSONL reader). Rows the parser rejects (a stray quote)
 * become error records; a header without a `text` column is a {@link CliError}.
 */
export async function* readCsv(
  chunks: AsyncIterable<Uint8Array | string>,
): AsyncGenerator<InputRecord[]> {
  // Rejected rows are reported by a callback while parsing runs ahead of the consumer; they
  // are queued and released in line order between the records.
  const rejected: BadRecord[] = [];
  const parser = parse({
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: false,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      if (error === undefined) return;
      const line = typeof error.lines === 'number' ? error.lines : 0;
      rejected.push({ ok: false, line, error: `invalid CSV: ${error.message}` });
    },
  });
  Readable.from(chunks).pipe(parser);
  let header: string[] | undefined;
  let nextLine = 1;
  for await (const { record, info } of parser as AsyncIterable<Parsed>) {
    let line = nextLine;
    // A rejected row between the previous record and this one moves this one's first line on.
    for (const bad of rejected) {
      if (bad.line >= line && bad.line < info.lines) line = bad.line + 1;
    }
    nextLine = info.lines + 1;
    if (header === undefined) {
      header = record.map((name) => name.trim().toLowerCase());
      if (!header.includes('text')) {
        throw new CliError(
          `line 1: no "text" column in the CSV header (found: ${record.join(', ')})`,
        );
      }
      continue;
    }
    const group: InputRecord[] = [];
    while (rejected.length > 0 && (rejected[0]?.line ?? 0) < line) {
      group.push(rejected.shift() as BadRecord);
    }
    group.push(checkRow(header, record, line));
    yield group;
  }
  if (rejected.length > 0) yield rejected;
  if (header === undefined) throw new CliError('line 1: the CSV input is empty (no header row)');
}
