import { describe, expect, it } from 'vitest';
import type { Pool } from './pool.ts';
import type { EncodedGroupResult } from './process-group.ts';
import type { InputRecord } from './record.ts';
import { type AnyGroupResult, createScheduler } from './scheduler.ts';

const group = (n: number): InputRecord[] => [{ ok: true, line: n, id: n, text: `brief ${n}` }];
const firstId = (result: AnyGroupResult) => {
  const text = 'bytes' in result ? new TextDecoder().decode(result.bytes) : result.lines.join('');
  return JSON.parse(text.split('\n')[0] as string).id;
};

/** A pool of one worker that answers only when the test says so. */
function manualPool() {
  const queue: { records: InputRecord[]; resolve: (r: EncodedGroupResult) => void }[] = [];
  const sent: number[] = [];
  const pool: Pool = {
    size: 1,
    hasRoom: (depth) => queue.length < depth,
    run: (records) =>
      new Promise((resolve) => {
        sent.push(records[0]?.line ?? -1);
        queue.push({ records, resolve });
      }),
    close: async () => {},
  };
  const answerOldest = () => {
    const task = queue.shift();
    if (task === undefined) throw new Error('no task queued');
    const line = `${JSON.stringify({ id: task.records[0]?.id })}\n`;
    task.resolve({
      bytes: new TextEncoder().encode(line),
      records: task.records.length,
      orientations: { customer: 0, consumer: 0, hybrid: 0, undetermined: 0 },
      errors: [],
    });
  };
  return { pool, sent, answerOldest, queued: () => queue.length };
}

describe('batch scheduler', () => {
  it('classifies on the main thread alone when there are no workers, emitting each group at once', async () => {
    const emitted: number[] = [];
    const scheduler = createScheduler(undefined, 'jsonl', async (r) => {
      emitted.push(firstId(r));
    });
    for (let n = 1; n <= 3; n++) {
      await scheduler.push(group(n));
      expect(emitted).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    }
    await scheduler.finish();
    expect(emitted).toEqual([1, 2, 3]);
  });

  it('fills the worker queue, takes the rest on the main thread, and emits in input order', async () => {
    const { pool, sent, answerOldest, queued } = manualPool();
    const emitted: number[] = [];
    const scheduler = createScheduler(pool, 'jsonl', async (r) => {
      emitted.push(firstId(r));
    });
    await scheduler.push(group(1));
    await scheduler.push(group(2));
    // The worker holds two groups: the third is classified on the main thread, but waits for
    // the worker's two before it is emitted.
    await scheduler.push(group(3));
    expect(sent).toEqual([1, 2]);
    expect(emitted).toEqual([]);
    expect(queued()).toBe(2);

    answerOldest(); // a worker's answer arrives as an event, after pending microtasks
    await new Promise((resolve) => setImmediate(resolve));
    await scheduler.push(group(4)); // room again: group 4 goes to the worker
    expect(sent).toEqual([1, 2, 4]);
    expect(emitted).toEqual([1]);

    const done = scheduler.finish();
    answerOldest();
    answerOldest();
    await done;
    expect(emitted).toEqual([1, 2, 3, 4]);
  });

  it('never holds more than workers × 2 + 4 groups in flight', async () => {
    const { pool, answerOldest } = manualPool();
    const emitted: number[] = [];
    const scheduler = createScheduler(pool, 'jsonl', async (r) => {
      emitted.push(firstId(r));
    });
    await scheduler.push(group(1));
    await scheduler.push(group(2));
    for (let n = 3; n <= 5; n++) await scheduler.push(group(n)); // main thread, held back
    // A sixth group would make seven in flight: the push waits for the oldest, on the worker.
    let pushed = false;
    const sixth = scheduler.push(group(6)).then(() => {
      pushed = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(pushed).toBe(false);
    answerOldest();
    await sixth;
    expect(emitted[0]).toBe(1);
    const done = scheduler.finish();
    answerOldest();
    await done;
    expect(emitted).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
