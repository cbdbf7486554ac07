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

const FLUSH_AT = 64 * 1024;

/**
 * A sink for encoded records: `push` buffers bytes, `drain` writes once the buffer is large
 * (waiting for the stream when it is full), `end` writes what is left.
 */
export type OutputWriter = {
  push(chunk: Uint8Array): void;
  drain(): Promise<void>;
  end(): Promise<void>;
};

/** Creates a writer of `format` on `stream` (a CSV output starts with its header row). */
export function createOutputWriter(stream: NodeJS.WritableStream, format: OutputFormat) {
  let parts: Uint8Array[] = format === 'csv' ? [Buffer.from(stringify([CSV_COLUMNS]))] : [];
  let size = 0;
  const flush = async () => {
    const pending = parts;
    parts = [];
    size = 0;
    for (const part of pending) await write(stream, part);
  };
  const writer: OutputWriter = {
    push(chunk) {
      parts.push(chunk);
      size += chunk.byteLength;
    },
    drain: () => (size >= FLUSH_AT ? flush() : Promise.resolve()),
    end: flush,
  };
  return writer;
}
