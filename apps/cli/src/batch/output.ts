/**
 * Writes batch results as JSONL or CSV, buffered into large writes and respecting
 * backpressure, so memory stays flat however long the run.
 *
 * @module
 */

import type { Classification } from '@marketlens/core';
import { DIMENSION_IDS } from '@marketlens/core';
import { stringify } from 'csv-stringify/sync';
import { write } from '../io.ts';
import type { InputRecord, RecordId } from './record.ts';

/** The formats `batch` writes. */
export type OutputFormat = 'jsonl' | 'csv';

/** One output record: `{ id, ...result }` for a good record, `{ id?, line, error }` for a bad one. */
export type OutputRecord =
  | ({ id: RecordId } & Classification)
  | { id?: RecordId; line: number; error: string };

/** Pairs an input record with its result (or its fault). */
export function toOutputRecord(input: InputRecord, result?: Classification): OutputRecord {
  if (input.ok && result !== undefined) return { id: input.id, ...result };
  const error = input.ok ? 'not classified' : input.error;
  return input.id === undefined
    ? { line: input.line, error }
    : { id: input.id, line: input.line, error };
}

const CSV_COLUMNS = [
  'id',
  'line',
  'orientation',
  'confidence',
  'customerShare',
  'score',
  'purchaser',
  'endUser',
  ...DIMENSION_IDS,
  'summary',
  'error',
];

function csvRow(record: OutputRecord): unknown[] {
  if ('error' in record) {
    return [record.id ?? '', record.line, ...CSV_COLUMNS.slice(2, -1).map(() => ''), record.error];
  }
  const leans = DIMENSION_IDS.map(
    (id) => record.dimensions[id as keyof Classification['dimensions']].lean,
  );
  return [
    record.id,
    '',
    record.orientation,
    record.confidence,
    record.customerShare,
    record.score,
    record.roles.purchaser?.text ?? '',
    record.roles.endUser?.text ?? '',
    ...leans,
    record.summary,
    '',
  ];
}

/** One output record as a line (JSONL) or a row (CSV), with its line ending. */
export function serializeRecord(record: OutputRecord, format: OutputFormat): string {
  return format === 'csv' ? stringify([csvRow(record)]) : `${JSON.stringify(record)}\n`;
}

/**
 * Bytes of each of the writer's two output buffers. On a file or a pipe the buffers are reused
 * for the whole run: a fresh buffer per group of records cost about 0.15 s per 60 MB of output,
 * most of it the operating system handing out new memory pages and taking them back.
 */
const BUFFER_BYTES = 1024 * 1024;

/**
 * True for a stream on a file descriptor (a file, a pipe, a terminal): once it calls back, the
 * operating system has the bytes and the chunk may be reused. Other streams (a `PassThrough`, a
 * test's sink) may keep the chunk itself, so they are given copies.
 */
const isDescriptorStream = (stream: NodeJS.WritableStream) =>
  typeof (stream as { fd?: unknown }).fd === 'number';

/**
 * A sink for output records, in order: lines serialized on this thread are encoded into two
 * buffers (one filling while the stream writes the other, so at most two are held); groups
 * another thread encoded already are written as they are.
 */
export type OutputWriter = {
  /** Encodes and writes serialized records (each with its line ending). */
  writeLines(lines: readonly string[]): Promise<void>;
  /** Writes records already encoded as UTF-8. */
  writeBytes(bytes: Uint8Array): Promise<void>;
  /** Writes what is buffered and waits until the stream has taken everything. */
  end(): Promise<void>;
};

/**
 * Creates a writer of `format` on `stream` (a CSV output starts with its header row), with two
 * buffers of `bufferBytes` each.
 */
export function createOutputWriter(
  stream: NodeJS.WritableStream,
  format: OutputFormat,
  bufferBytes = BUFFER_BYTES,
): OutputWriter {
  const reuse = isDescriptorStream(stream);
  let filling = Buffer.allocUnsafeSlow(bufferBytes);
  let spare = reuse ? Buffer.allocUnsafeSlow(bufferBytes) : filling;
  let used = format === 'csv' ? filling.write(stringify([CSV_COLUMNS]), 0, 'utf8') : 0;
  // The stream's write of the spare buffer; a failure surfaces at the next flush or at the end.
  let spareWritten: Promise<void> = Promise.resolve();
  const flush = async () => {
    await spareWritten;
    if (used === 0) return;
    const full = filling.subarray(0, used);
    spareWritten = write(stream, reuse ? full : Buffer.from(full));
    spareWritten.catch(() => {});
    [filling, spare] = [spare, filling];
    used = 0;
  };
  return {
    async writeLines(lines) {
      for (const line of lines) {
        const size = Buffer.byteLength(line, 'utf8');
        if (used + size > bufferBytes) await flush();
        if (size > bufferBytes) {
          await flush();
          await spareWritten;
          await write(stream, line);
          continue;
        }
        used += filling.write(line, used, 'utf8');
      }
    },
    async writeBytes(bytes) {
      await flush();
      await spareWritten;
      await write(stream, bytes);
    },
    async end() {
      await flush();
      await spareWritten;
    },
  };
}
