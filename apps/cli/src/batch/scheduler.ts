/**
 * Spreads a batch's groups over the worker threads and the main thread, and hands the results
 * back in input order.
 *
 * @module
 */
import type { OutputFormat } from './output.ts';
import type { Pool } from './pool.ts';
import { type EncodedGroupResult, type GroupResult, processGroup } from './process-group.ts';
import type { InputRecord } from './record.ts';

/** Groups each worker may hold queued: one to work on and one ready, so it never waits. */
const WORKER_DEPTH = 2;
/** How many finished groups the main thread may run ahead of the oldest unfinished one. */
const MAIN_AHEAD = 4;

/** A group's output: serialized on the main thread, or encoded by a worker. */
export type AnyGroupResult = GroupResult | EncodedGroupResult;

type InFlight = { result: Promise<AnyGroupResult>; settled: boolean };

/** Feeds groups in; `emit` receives their results in the order they were fed. */
export type Scheduler = {
  push(group: InputRecord[]): Promise<void>;
  /** Waits for every group pushed so far and emits the rest. */
  finish(): Promise<void>;
};

// A macrotask turn: lets worker answers (message events) in between two groups of the main thread.
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Sends each group to a worker with room in its queue, else classifies it on the main thread
 * at once, so that no thread waits while there is work. At most
 * `workers × WORKER_DEPTH + MAIN_AHEAD` groups are in flight, which bounds memory; without
 * workers each group is emitted as soon as it is classified.
 */
export function createScheduler(
  pool: Pool | undefined,
  format: OutputFormat,
  emit: (result: AnyGroupResult) => Promise<void>,
): Scheduler {
  const maxInFlight = pool === undefined ? 1 : pool.size * WORKER_DEPTH + MAIN_AHEAD;
  const inFlight: InFlight[] = [];
  const track = (result: Promise<AnyGroupResult>): InFlight => {
    const entry: InFlight = { result, settled: false };
    const settle = () => {
      entry.settled = true;
    };
    result.then(settle, settle);
    return entry;
  };
  const emitOldest = async () => emit(await (inFlight.shift() as InFlight).result);

  return {
    async push(group) {
      if (pool?.hasRoom(WORKER_DEPTH)) {
        inFlight.push(track(pool.run(group, format)));
      } else {
        inFlight.push(track(Promise.resolve(processGroup(group, format))));
        if (pool !== undefined) await nextTurn();
      }
      while (inFlight.length >= maxInFlight || inFlight[0]?.settled === true) await emitOldest();
    },
    async finish() {
      while (inFlight.length > 0) await emitOldest();
    },
  };
}
