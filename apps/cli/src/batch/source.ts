/**
 * Opens a batch input (a file or `-` for stdin), counts the bytes that flow through it, and
 * tells JSONL from CSV by flag, by extension, or by sniffing the first bytes.
 *
 * @module
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { CliError, describeFileError } from '../commands/errors.ts';
import { stdinIsDirectory } from '../commands/read-text.ts';
import type { Io } from '../io.ts';

/** The formats `batch` reads. */
export type InputFormat = 'jsonl' | 'csv';

/** An opened input: its chunks, how many bytes have passed, its size when known. */
export type Source = {
  name: string;
  chunks: AsyncIterable<Uint8Array | string>;
  bytesRead: () => number;
  size: number | undefined;
  /** Stops reading: the rest of the input is left unread (a batch stopped by Ctrl-C). */
  close: () => void;
};

/** Opens `input` (`-` is stdin). A missing or unreadable file is a {@link CliError}. */
export async function openSource(io: Io, input: string): Promise<Source> {
  let stream: NodeJS.ReadableStream = io.stdin;
  let size: number | undefined;
  if (input === '-' && stdinIsDirectory(io))
    throw new CliError('cannot read stdin: is a directory');
  if (input !== '-') {
    const path = resolve(io.cwd, input);
    try {
      const info = await stat(path);
      if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      size = info.size;
    } catch (error) {
      throw new CliError(`cannot read ${input}: ${describeFileError(error)}`);
    }
    stream = createReadStream(path, { highWaterMark: 256 * 1024 });
  }
  let bytes = 0;
  async function* counted() {
    try {
      for await (const chunk of stream as AsyncIterable<Uint8Array | string>) {
        bytes += chunk.length;
        yield chunk;
      }
    } catch (error) {
      throw new CliError(`cannot read ${input}: ${describeFileError(error)}`);
    }
  }
  const close = () => {
    (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
  };
  return {
    name: input === '-' ? 'stdin' : input,
    chunks: counted(),
    bytesRead: () => bytes,
    size,
    close,
  };
}

/** The format named by a file's extension, if it names one. */
export function formatFromExtension(name: string): InputFormat | undefined {
  const extension = extname(name).toLowerCase();
  if (extension === '.jsonl' || extension === '.ndjson' || extension === '.json') return 'jsonl';
  if (extension === '.csv') return 'csv';
  return undefined;
}

// A header field named "text", bare or quoted: the CSV reader's one required column.
const CSV_TEXT_HEADER = /(?:^|,)\s*("?)text\1\s*(?=,|$)/i;
// What a JSON value starts with: an object, an array, a string, a number, a literal.
const JSON_START = /^(?:[{["\d-]|true\b|false\b|null\b)/;

/** True when `line` is one whole JSON object: a JSONL record, whatever words it holds. */
function isJsonObject(line: string): boolean {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * The format of an input that starts with `head`, judged by its first non-blank line: JSONL when
 * it is a whole JSON object (`{"text":"email, text, and push"}` names no column); else CSV when it
 * is a header naming a `text` column; else JSONL when it starts like a JSON value (so a bad first
 * line is one error record, not a CSV header without `text`); else CSV. An empty input is JSONL:
 * no records either way.
 */
export function sniffFormat(head: string): InputFormat {
  const firstLine =
    head
      .replace(/^\uFEFF/, '')
      .trimStart()
      .split(/\r?\n/, 1)[0] ?? '';
  if (firstLine === '' || isJsonObject(firstLine)) return 'jsonl';
  if (CSV_TEXT_HEADER.test(firstLine)) return 'csv';
  return JSON_START.test(firstLine) ? 'jsonl' : 'csv';
}

/** Bytes read at most to sniff the format. */
const SNIFF_BYTES = 4096;

const asBytes = (chunk: Uint8Array | string) =>
  typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;

/**
 * Reads chunks until the first non-blank line is whole (or a few kilobytes have come, or the
 * input ends) to sniff the format, and returns chunks that still start with them.
 */
export async function peekFormat(
  chunks: AsyncIterable<Uint8Array | string>,
): Promise<{ format: InputFormat; chunks: AsyncIterable<Uint8Array | string> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const head: (Uint8Array | string)[] = [];
  let text = '';
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(next.value);
    const bytes = Buffer.concat(head.map(asBytes));
    text = new TextDecoder().decode(bytes.subarray(0, SNIFF_BYTES));
    if (bytes.length >= SNIFF_BYTES || /\S[^\n]*\n/.test(text)) break;
  }
  async function* replay() {
    yield* head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      yield next.value;
    }
  }
  return { format: sniffFormat(text), chunks: replay() };
}
