/**
 * `marketlens batch --input FILE|-`: classifies every record of a JSONL or CSV input, streamed,
 * writing exactly one output record per input record, in order.
 *
 * @module
 */
import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { classify, TextTooLongError } from '@marketlens/core';
import {
  createOutputWriter,
  type OutputFormat,
  type OutputRecord,
  toOutputRecord,
} from '../batch/output.ts';
import { createProgress } from '../batch/progress.ts';
import { readCsv } from '../batch/read-csv.ts';
import { readJsonl } from '../batch/read-jsonl.ts';
import type { InputRecord } from '../batch/record.ts';
import { formatFromExtension, type InputFormat, openSource, peekFormat } from '../batch/source.ts';
import {
  type BatchStats,
  countError,
  countResult,
  createStats,
  formatSummary,
} from '../batch/stats.ts';
import { createColors, shouldColor } from '../format/colors.ts';
import { EXIT, type ExitCode, type Io, write } from '../io.ts';
import { CliError, describeFileError, reportError } from './errors.ts';

/** Flags of `batch`. */
export type BatchCommandOptions = {
  input: string;
  output?: string;
  format?: OutputFormat;
  formatIn?: InputFormat;
  quiet?: boolean;
};

/** Classifies one input record (or passes its fault on) and counts it. */
function classifyRecord(record: InputRecord, stats: BatchStats): OutputRecord {
  if (!record.ok) {
    countError(stats, record);
    return toOutputRecord(record);
  }
  try {
    const result = classify(record.text);
    countResult(stats, result.orientation);
    return toOutputRecord(record, result);
  } catch (error) {
    if (!(error instanceof TextTooLongError)) throw error;
    const bad = { ok: false as const, line: record.line, id: record.id, error: error.message };
    countError(stats, bad);
    return toOutputRecord(bad);
  }
}

async function openOutput(io: Io, output: string | undefined) {
  if (output === undefined || output === '-') return { stream: io.stdout, close: async () => {} };
  const stream = createWriteStream(resolve(io.cwd, output));
  await new Promise<void>((done, fail) => {
    stream.once('open', () => done());
    stream.once('error', (error) =>
      fail(new CliError(`cannot write ${output}: ${describeFileError(error)}`)),
    );
  });
  const close = () => new Promise<void>((done) => stream.end(() => done()));
  return { stream, close };
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
  try {
    source = await openSource(io, options.input);
    const known = options.formatIn ?? formatFromExtension(options.input);
    const peeked = known === undefined ? await peekFormat(source.chunks) : undefined;
    const format = known ?? peeked?.format ?? 'jsonl';
    const chunks = peeked?.chunks ?? source.chunks;
    const records = format === 'csv' ? readCsv(chunks) : readJsonl(chunks);
    const output = await openOutput(io, options.output);
    const writer = createOutputWriter(output.stream, options.format ?? 'jsonl');
    const progress = createProgress(io.stderr, io.stderrIsTTY && !options.quiet, source.size);
    const stats = createStats(performance.now());

    for await (const group of records) {
      for (const record of group) writer.add(classifyRecord(record, stats));
      await writer.drain();
      progress.update(stats.records, source.bytesRead());
    }
    await writer.end();
    await output.close();
    progress.done();
    if (!options.quiet) {
      const colors = createColors(shouldColor(io.stderrIsTTY, io.env));
      await write(io.stderr, formatSummary(stats, performance.now(), source.name, colors));
    }
    return stats.errors > 0 ? EXIT.input : EXIT.ok;
  } catch (error) {
    if (error instanceof CliError && source !== undefined && !error.message.startsWith('cannot')) {
      return reportError(io, new CliError(`${source.name}: ${error.message}`, error.exitCode));
    }
    return reportError(io, error);
  }
}
