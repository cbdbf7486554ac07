/**
 * A fixed pool of batch worker threads. Each worker answers its tasks in order, so a FIFO of
 * pending promises per worker is all the bookkeeping needed.
 *
 * @module
 */
import { Worker } from 'node:worker_threads';
import type { OutputFormat } from './output.ts';
import type { EncodedGroupResult } from './process-group.ts';
import type { InputRecord } from './record.ts';

/** Runs groups on worker threads. */
export type Pool = {
  /** How many workers it runs. */
  readonly size: number;
  /** True when some worker has fewer than `depth` groups queued. */
  hasRoom(depth: number): boolean;
  /** Queues a group on the least busy worker. */
  run(records: InputRecord[], format: OutputFormat): Promise<EncodedGroupResult>;
  close(): Promise<void>;
};

type Pending = { resolve: (result: EncodedGroupResult) => void; reject: (error: Error) => void };

// From source (tests, `node src/…`) the worker is the .ts file; in the bundle it is its own
// entry, `dist/batch-worker.js`, beside the chunk this code is bundled into.
const WORKER_URL = import.meta.url.endsWith('.ts')
  ? new URL('./worker.ts', import.meta.url)
  : new URL('./batch-worker.js', import.meta.url);

/** Starts `size` workers. */
export function createPool(size: number): Pool {
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(WORKER_URL);
    const queue: Pending[] = [];
    worker.on('message', (result: EncodedGroupResult) => queue.shift()?.resolve(result));
    worker.on('error', (error: Error) => {
      for (const pending of queue.splice(0)) pending.reject(error);
    });
    // A worker that stops with work outstanding must not leave the batch waiting forever.
    worker.on('exit', (code) => {
      const error = new Error(`a batch worker stopped (exit code ${code})`);
      for (const pending of queue.splice(0)) pending.reject(error);
    });
    return { worker, queue };
  });
  return {
    size,
    hasRoom(depth) {
      return workers.some(({ queue }) => queue.length < depth);
    },
    run(records, format) {
      const target = workers.reduce((a, b) => (b.queue.length < a.queue.length ? b : a));
      return new Promise((resolve, reject) => {
        target.queue.push({ resolve, reject });
        target.worker.postMessage({ records, format });
      });
    },
    async close() {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
