/**
 * `marketlens batch --input FILE|-`: classifies every record of a JSONL or CSV input, streamed,
 * writing exactly one output record per input record, in order. Groups of records are
 * classified on worker threads when the input is large enough to repay starting them, and the
 * main thread classifies a group itself whenever every worker is busy.
 *
 * @module
 */
import { createWriteStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { createOutputWriter, type OutputFormat } from '../batch/output.ts';
import { createPool, type Pool } from '../batch/pool.ts';
import { createProgress } from '../batch/progress.ts';
import { readCsv } from '../batch/read-csv.ts';
import { readJsonl } from '../batch/read-jsonl.ts';
import type { InputRecord } from '../batch/record.ts';
import { refuseOutputOverInput } from '../batch/same-file.ts';
import { createScheduler } from '../batch/scheduler.ts';
import { formatFromExtension, type InputFormat, openSource, peekFormat } from '../batch/source.ts';
import { addGroup, createStats, formatSummary } from '../batch/stats.ts';
import { createColors, shouldColor } from '../format/colors.ts';
import { count } from '../format/vocabulary.ts';
import {
  EXIT,
  type ExitCode,
  exitCodeOf,
  type InterruptSignal,
  type Io,
  WriteError,
  write,
} from '../io.ts';
import { CliError, describeFileError, reportError } from './errors.ts';

/** Flags of `batch`. */
export type BatchCommandOptions = {
  input: string;
  output?: string;
  format?: OutputFormat;
  formatIn?: InputFormat;
  quiet?: boolean;
  /** Threads that classify, the main thread included (1: the main thread alone). Default: by input size and CPUs. */
  jobs?: number;
};

/** Records per unit of work: small enough to spread, large enough to amortise messaging. */
const GROUP_SIZE = 256;
/**
 * The most characters of text a unit of work holds: a group of long texts is cut short of
 * {@link GROUP_SIZE} records. Beside workers, the main thread classifies a group in one go and
 * hears a signal only between groups. Briefs of the core's dev set, warm, on 2 CPUs: 128 Ki
 * characters took 0.17 s to classify, 256 of them (35 Ki characters) 0.04 s.
 */
const GROUP_CHARS = 128 * 1024;
/**
 * Inputs smaller than this are classified in the main thread: each worker must load the
 * classifier and warm it up (about half a second of CPU) before it pays. On two CPUs the main
 * thread alone was faster up to about 10,000 records (1.9 MB) and the worker faster from about
 * 15,000 (2.9 MB); see HISTORY.md.
 */
const SMALL_INPUT_BYTES = 2 * 1024 * 1024;

/** The most threads a batch classifies on by default. */
const MAX_DEFAULT_JOBS = 8;

/**
 * How many worker threads to start beside the main thread (0: the main thread alone). `jobs`
 * threads classify in all: the workers and the main thread, which also reads and writes and
 * takes a group itself whenever every worker has its queue full.
 */
export function chooseWorkers(jobs: number | undefined, size: number | undefined): number {
  if (jobs !== undefined) return Math.max(0, jobs - 1);
  if (size !== undefined && size < SMALL_INPUT_BYTES) return 0;
  return Math.min(availableParallelism(), MAX_DEFAULT_JOBS) - 1;
}

type Output = { stream: NodeJS.WritableStream; close: () => Promise<void> };

async function openOutput(io: Io, output: string | undefined): Promise<Output> {
  if (output === undefined || output === '-') return { stream: io.stdout, close: async () => {} };
  const stream = createWriteStream(resolve(io.cwd, output));
  await new Promise<void>((done, fail) => {
    stream.once('open', () => done());
    stream.once('error', (error) =>
      fail(new CliError(`cannot write ${output}: ${describeFileError(error)}`)),
    );
  });
  // A failed write reaches the writer through its callback; the event must not crash the process.
  stream.on('error', () => {});
  const close = () =>
    new Promise<void>((done, fail) =>
      stream.end((error?: Error | null) => (error ? fail(new WriteError(stream, error)) : done())),
    );
  return { stream, close };
}

/** What the wait for the next records resolves to when the run is interrupted. */
const INTERRUPTED = Symbol('interrupted');

/** Ctrl-C or SIGTERM, listened for while a batch runs. */
type Interrupt = {
  /** The signal that came, once one has. */
  readonly signal: InterruptSignal | undefined;
  /** `promise`, or {@link INTERRUPTED} as soon as a signal comes (a fault of `promise` is then dropped). */
  race<T>(promise: Promise<T>): Promise<T | typeof INTERRUPTED>;
  stop(): void;
};

/** Listens for the first signal; `heard` is called with it at once, before anything waits on it. */
function listenForInterrupt(io: Io, heard: (signal: InterruptSignal) => void): Interrupt {
  let signal: InterruptSignal | undefined;
  let wake = () => {};
  const interruption = new Promise<typeof INTERRUPTED>((resolve) => {
    wake = () => resolve(INTERRUPTED);
  });
  const stop = io.onInterrupt?.((received) => {
    signal = received;
    heard(received);
    wake();
  });
  return {
    get signal() {
      return signal;
    },
    race(promise) {
      promise.catch(() => {});
      return Promise.race([promise, interruption]);
    },
    stop: () => stop?.(),
  };
}

/**
 * The line said on stderr as soon as a signal is heard, before the run winds down: what is left
 * to do, and how to end it at once. `readAll`: the whole input was read before the signal came,
 * and the run ends as usual.
 */
export function stoppingNote(signal: InterruptSignal, inFlight: number, readAll: boolean): string {
  const what = readAll ? 'the whole input was read' : 'stopping';
  const left =
    inFlight === 0
      ? 'nothing left to write'
      : `finishing the ${count(inFlight, 'record')} in flight`;
  const again = signal === 'SIGINT' ? 'Ctrl-C again to quit now' : 'a second signal quits now';
  return `marketlens: ${what}: ${left} (${again})\n`;
}

/** True when `output` names a file rather than stdout. */
const toFile = (output: string | undefined): output is string =>
  output !== undefined && output !== '-';

/** The records of a chunk as units of work: {@link GROUP_SIZE} records, or fewer long ones. */
export function* slices(
  records: readonly InputRecord[],
  size = GROUP_SIZE,
  chars = GROUP_CHARS,
): Generator<InputRecord[]> {
  let start = 0;
  let held = 0;
  for (let i = 0; i < records.length; i += 1) {
    const record = records[i] as InputRecord;
    const length = record.ok ? record.text.length : 0;
    if (i > start && (i - start === size || held + length > chars)) {
      yield records.slice(start, i);
      start = i;
      held = 0;
    }
    held += length;
  }
  if (start < records.length) yield records.slice(start);
}

/**
 * Runs the batch and returns 0 when every record was classified, 1 when any failed.
 *
 * @example
 * ```ts
 * await runBatch(io, { input: 'briefs.jsonl', output: 'results.jsonl' });
 * ```
 */
export async function runBatch(io: Io, options: BatchCommandOptions): Promise<ExitCode> {
  let source: Awaited<ReturnType<typeof openSource>> | undefined;
  let output: Output | undefined;
  let outputClosed = false;
  let pool: Pool | undefined;
  let interrupt: Interrupt | undefined;
  try {
    await refuseOutputOverInput(io, options.input, options.output);
    source = await openSource(io, options.input);
    // Ctrl-C (or SIGTERM) stops the reading, not the run: what was read is still classified and
    // written whole, so the output ends on a complete record; a second Ctrl-C ends it at once.
    // Once records flow, the first is acknowledged on stderr at once, terminal or not: winding
    // down can take seconds (every group in flight on the workers is finished and written).
    let acknowledge: ((signal: InterruptSignal) => void) | undefined;
    interrupt = listenForInterrupt(io, (signal) => acknowledge?.(signal));
    const known = options.formatIn ?? formatFromExtension(options.input);
    const peeked =
      known === undefined ? await interrupt.race(peekFormat(source.chunks)) : undefined;
    if (peeked === INTERRUPTED) {
      source.close();
      await write(
        io.stderr,
        `marketlens: interrupted before any record of ${source.name} was read\n`,
      );
      return exitCodeOf(interrupt.signal);
    }
    const format = known ?? peeked?.format ?? 'jsonl';
    const chunks = peeked?.chunks ?? source.chunks;
    const records = format === 'csv' ? readCsv(chunks) : readJsonl(chunks);
    output = await openOutput(io, options.output);
    // Like the input's, the output's format follows its extension: `--output results.csv` is CSV.
    const outputFormat =
      options.format ??
      (toFile(options.output) ? formatFromExtension(options.output) : undefined) ??
      'jsonl';
    const writer = createOutputWriter(output.stream, outputFormat);
    const progress = createProgress(io.stderr, io.stderrIsTTY && !options.quiet, source.size);
    const stats = createStats(performance.now());

    const workerCount = chooseWorkers(options.jobs, source.size);
    const workers = workerCount > 0 ? createPool(workerCount) : undefined;
    pool = workers;
    const scheduler = createScheduler(workers, outputFormat, async (result) => {
      await ('bytes' in result ? writer.writeBytes(result.bytes) : writer.writeLines(result.lines));
      addGroup(stats, result);
      progress.update(stats.records, source?.bytesRead() ?? 0);
    });
    let lastLine = 0;
    // Records handed to the scheduler: those not yet counted in `stats` are in flight.
    let handedOn = 0;
    // Whether every record was read and handed on: a signal after that cuts nothing short.
    let readAll = false;
    acknowledge = (signal) => {
      progress.say(stoppingNote(signal, handedOn - stats.records, readAll));
    };
    const iterator = records[Symbol.asyncIterator]();
    while (interrupt.signal === undefined) {
      const next = await interrupt.race(iterator.next());
      if (next === INTERRUPTED) break;
      if (next.done === true) {
        readAll = true;
        break;
      }
      for (const slice of slices(next.value)) {
        if (interrupt.signal !== undefined) break;
        handedOn += slice.length;
        await scheduler.push(slice);
        lastLine = slice.at(-1)?.line ?? lastLine;
      }
    }
    const cutShort = interrupt.signal !== undefined && !readAll;
    if (cutShort) source.close();
    await scheduler.finish();
    await writer.end();
    await output.close();
    outputClosed = true;
    progress.done();
    if (cutShort) {
      const where = toFile(options.output) ? ` to ${options.output}` : '';
      const done =
        lastLine === 0
          ? 'no record'
          : `${count(stats.records, 'record')} (up to line ${lastLine} of ${source.name})`;
      await write(
        io.stderr,
        `marketlens: interrupted: wrote ${done}${where}; the rest of the input was not read\n`,
      );
    }
    if (!options.quiet) {
      const colors = createColors(shouldColor(io.stderrIsTTY, io.env));
      await write(io.stderr, formatSummary(stats, performance.now(), source.name, colors));
    }
    if (cutShort) return exitCodeOf(interrupt.signal);
    return stats.errors > 0 ? EXIT.input : EXIT.ok;
  } catch (error) {
    if (error instanceof WriteError && error.stream === output?.stream && toFile(options.output)) {
      return reportError(io, new WriteError(error.stream, error.cause, options.output));
    }
    if (error instanceof CliError && source !== undefined && !error.message.startsWith('cannot')) {
      return reportError(io, new CliError(`${source.name}: ${error.message}`, error.exitCode));
    }
    return reportError(io, error);
  } finally {
    interrupt?.stop();
    await pool?.close();
    // A run that failed part-way still lets go of its output file (what it wrote stays).
    if (output !== undefined && !outputClosed) await output.close().catch(() => {});
  }
}
