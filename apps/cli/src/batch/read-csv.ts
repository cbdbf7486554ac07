/**
 * Reads CSV records: a header row with a `text` column and an optional `id` column, then one
 * record per row. Rows are cut at newlines outside quotes and parsed one by one by a real CSV
 * parser (quoted fields, embedded newlines), so a bad row is one error record and costs no other.
 *
 * @module
 */
import { CliError } from '../commands/errors.ts';
import { type CsvRow, readCsvRows } from './csv-rows.ts';
import { splitLines } from './lines.ts';
import { checkFields, type InputRecord } from './record.ts';

function checkRow(header: readonly string[], row: readonly string[], line: number): InputRecord {
  // A blank line has no fields at all (a one-column row of "" has one, empty): an error in
  // any CSV, as in JSONL.
  if (row.length === 0) {
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

/** The column names of the header row, lower-cased. A header without `text` is a {@link CliError}. */
function readHeader(row: CsvRow): string[] {
  if ('error' in row) {
    const fault = row.error.startsWith('invalid CSV: ')
      ? `is not valid CSV: ${row.error.slice('invalid CSV: '.length)}`
      : `cannot be read: ${row.error}`;
    throw new CliError(`line ${row.line}: the CSV header ${fault}`);
  }
  const header = row.fields.map((name) => name.trim().toLowerCase());
  if (!header.includes('text')) {
    const found = row.fields.length === 0 ? 'an empty line' : row.fields.join(', ');
    throw new CliError(`line ${row.line}: no "text" column in the CSV header (found: ${found})`);
  }
  return header;
}

/**
 * Yields one checked record per CSV row, in order, in groups (like the JSONL reader). Rows
 * that are not valid CSV, or not UTF-8, or longer than `maxRecordBytes`, become error records;
 * a header that cannot be read or has no `text` column is a {@link CliError}. An empty input
 * yields nothing.
 */
export async function* readCsv(
  chunks: AsyncIterable<Uint8Array | string>,
  maxRecordBytes?: number,
): AsyncGenerator<InputRecord[]> {
  let header: string[] | undefined;
  for await (const rows of readCsvRows(splitLines(chunks, maxRecordBytes), maxRecordBytes)) {
    const group: InputRecord[] = [];
    for (const row of rows) {
      // Blank lines before the header are no records: the header is the first line with fields.
      if (header === undefined && !('error' in row) && row.fields.length === 0) continue;
      if (header === undefined) header = readHeader(row);
      else if ('error' in row) group.push({ ok: false, line: row.line, error: row.error });
      else group.push(checkRow(header, row.fields, row.line));
    }
    if (group.length > 0) yield group;
  }
  // An empty input (no header either) has no records, as an empty JSONL input has none.
}
