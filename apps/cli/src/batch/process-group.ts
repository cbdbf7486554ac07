/**
 * Classifies a group of input records and serializes the output records — the unit of work
 * of a batch, run in the main thread or in a worker.
 *
 * @module
 */
import { classify, type Orientation, TextTooLongError } from '@marketlens/core';
import { type OutputFormat, serializeRecord, toOutputRecord } from './output.ts';
import type { BadRecord, InputRecord } from './record.ts';

/** What a group's records came to, beside their output. */
export type GroupCounts = {
  records: number;
  orientations: Record<Orientation, number>;
  errors: BadRecord[];
};

/** What a group produced on this thread: its output records serialized, in input order. */
export type GroupResult = GroupCounts & { lines: string[] };

/** What a worker thread sends back for a group: its output already encoded as UTF-8. */
export type EncodedGroupResult = GroupCounts & { bytes: Uint8Array };

/** Classifies every good record of `records`; bad ones pass through as error records. */
export function processGroup(records: readonly InputRecord[], format: OutputFormat): GroupResult {
  const orientations: Record<Orientation, number> = {
    customer: 0,
    consumer: 0,
    hybrid: 0,
    undetermined: 0,
  };
  const errors: BadRecord[] = [];
  const lines: string[] = [];
  for (const record of records) {
    if (!record.ok) {
      errors.push(record);
      lines.push(serializeRecord(toOutputRecord(record), format));
      continue;
    }
    try {
      const result = classify(record.text);
      orientations[result.orientation] += 1;
      lines.push(serializeRecord(toOutputRecord(record, result), format));
    } catch (error) {
      if (!(error instanceof TextTooLongError)) throw error;
      const bad: BadRecord = { ok: false, line: record.line, id: record.id, error: error.message };
      errors.push(bad);
      lines.push(serializeRecord(toOutputRecord(bad), format));
    }
  }
  return { lines, records: records.length, orientations, errors };
}
