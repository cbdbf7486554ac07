/**
 * The batch worker thread: receives groups of records, answers with their output text and
 * counts, one answer per group, in the order received.
 *
 * @module
 */
import { parentPort } from 'node:worker_threads';
import { enableFastStart } from '@marketlens/core/fast-start';
import { encodeLines } from './encode-lines.ts';
import type { OutputFormat } from './output.ts';
import type { EncodedGroupResult } from './process-group.ts';
import type { InputRecord } from './record.ts';

// The core loads faster with its patterns' first stems precomputed; it must hear so before it
// loads. Messages that arrive meanwhile wait in the port until the listener below is attached.
enableFastStart();
const { processGroup } = await import('./process-group.ts');

/** A group of work for a worker. */
export type WorkerTask = { records: InputRecord[]; format: OutputFormat };

parentPort?.on('message', (task: WorkerTask) => {
  const { lines, ...counts } = processGroup(task.records, task.format);
  // Encoded here, in parallel, and handed over without a copy: the main thread only writes them.
  const bytes = encodeLines(lines);
  const result: EncodedGroupResult = { ...counts, bytes };
  const transfer =
    bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
      ? [bytes.buffer as ArrayBuffer]
      : [];
  parentPort?.postMessage(result, transfer);
});
