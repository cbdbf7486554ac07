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
import type { Io } from '../io.ts';

/** The formats `batch` reads. */
export type InputFormat = 'jsonl' | 'csv';

/** An opened input: its chunks, how many bytes have passed, its size when known. */
export type Source = {
  name: string;
  chunks: AsyncIterable<Uint8Array | string>;
  bytesRead: () => number;
  size: number | undefined;
};

/** Opens `input` (`-` is stdin). A missing or unreadable file is a {@link CliError}. */
export async function openSource(io: Io, input: string): Promise<Source> {
  let stream: NodeJS.ReadableStream = io.stdin;
  let size: number | undefined;
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
  return { name: input === '-' ? 'stdin' : input, chunks: counted(), bytesRead: () => bytes, size };
}

/** The format named by a file's extension, if it names one. */
export function formatFromExtension(name: string): InputFormat | undefined {
  const extension = extname(name).toLowerCase();
  if (extension === '.jsonl' || extension === '.ndjson' || extension === '.json') return 'jsonl';
  if (extension === '.csv') return 'csv';
  return undefined;
}

/** JSONL when the first non-blank character opens an object, CSV otherwise. */
export function sniffFormat(firstChunk: string): InputFormat {
  const first = firstChunk.replace(/^\uFEFF/, '').trimStart()[0];
  return first === '{' ? 'jsonl' : 'csv';
}

/**
 * Reads the first chunk to sniff the format, and returns chunks that still start with it.
 */
export async function peekFormat(
  chunks: AsyncIterable<Uint8Array | string>,
): Promise<{ format: InputFormat; chunks: AsyncIterable<Uint8Array | string> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const first = await iterator.next();
  const head = first.done ? '' : first.value;
  const text = typeof head === 'string' ? head : new TextDecoder().decode(head.subarray(0, 4096));
  async function* replay() {
    if (!first.done) yield first.value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      yield next.value;
    }
  }
  return { format: sniffFormat(text), chunks: replay() };
}
