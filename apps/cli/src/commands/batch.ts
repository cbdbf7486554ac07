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
import { EXIT, type ExitCode, type Io, WriteError, write } from '../io.ts';
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

function* slices(group: InputRecord[]): Generator<InputRecord[]> {
  for (let i = 0; i < group.length; i += GROUP_SIZE) yield group.slice(i, i + GROUP_SIZE);
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
  try {
    await refuseOutputOverInput(io, options.input, options.output);
    source = await openSource(io, options.input);
    const known = options.formatIn ?? formatFromExtension(options.input);
    const peeked = known === undefined ? await peekFormat(source.chunks) : undefined;
    const format = known ?? peeked?.format ?? 'jsonl';
    const chunks = peeked?.chunks ?? source.chunks;
    const records = format === 'csv' ? readCsv(chunks) : readJsonl(chunks);
    output = await openOutput(io, options.output);
    const outputFormat = options.format ?? 'jsonl';
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
    for await (const group of records) {
      for (const slice of slices(group)) await scheduler.push(slice);
    }
    await scheduler.finish();
    await writer.end();
    await output.close();
    outputClosed = true;
    progress.done();
    if (!options.quiet) {
      const colors = createColors(shouldColor(io.stderrIsTTY, io.env));
      await write(io.stderr, formatSummary(stats, performance.now(), source.name, colors));
    }
    return stats.errors > 0 ? EXIT.input : EXIT.ok;
  } catch (error) {
    const toFile = options.output !== undefined && options.output !== '-';
    if (error instanceof WriteError && error.stream === output?.stream && toFile) {
      return reportError(io, new WriteError(error.stream, error.cause, options.output));
    }
    if (error instanceof CliError && source !== undefined && !error.message.startsWith('cannot')) {
      return reportError(io, new CliError(`${source.name}: ${error.message}`, error.exitCode));
    }
    return reportError(io, error);
  } finally {
    await pool?.close();
    // A run that failed part-way still lets go of its output file (what it wrote stays).
    if (output !== undefined && !outputClosed) await output.close().catch(() => {});
  }
}
