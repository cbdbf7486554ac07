/**
 * Splits a stream of chunks into lines, in linear time and bounded memory: one chunk, and the
 * pieces of one partial line up to a limit. Lines are cut at the newline byte and decoded one
 * by one, so a line that is not UTF-8 is a fault of its own.
 *
 * @module
 */
import { MAX_RECORD_BYTES } from './limits.ts';

/**
 * A line without its text: not UTF-8 (`text` is then the line decoded with U+FFFD in place of
 * the bad bytes, enough to find quotes and commas), or past the limit (its text was not kept).
 */
export type LineFault = { error: string; text?: string };

/** One line of input, without its `\n`: its text, or why there is none. */
export type Line = string | LineFault;

const NEWLINE = 0x0a;

/** A line without the carriage return of a CRLF ending, if it has one. */
export const withoutCr = (line: string): string => (line.endsWith('\r') ? line.slice(0, -1) : line);
const NOT_UTF8 = 'invalid UTF-8: the line has bytes that are not UTF-8 text';
// ignoreBOM: a byte-order mark is dropped at the start of the input only, not of every line.
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lossy = new TextDecoder('utf-8', { ignoreBOM: true });

const asBuffer = (chunk: Uint8Array | string): Buffer =>
  typeof chunk === 'string'
    ? Buffer.from(chunk, 'utf8')
    : Buffer.isBuffer(chunk)
      ? chunk
      : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);

const tooLong = (bytes: number, limit: number): LineFault => ({
  error: `the line is ${bytes} bytes long; the limit is ${limit} bytes`,
});

function decodeLine(bytes: Uint8Array): Line {
  try {
    return strict.decode(bytes);
  } catch {
    return { error: NOT_UTF8, text: lossy.decode(bytes) };
  }
}

/**
 * Decodes the whole lines of `bytes` from `from` to `to` (the last newline, excluded) into
 * `out`: all at once when they are valid and short (a newline byte never occurs inside a
 * multi-byte character), else line by line to find the faulty ones.
 */
function decodeLines(bytes: Buffer, from: number, to: number, limit: number, out: Line[]): void {
  if (to - from <= limit) {
    try {
      for (const line of strict.decode(bytes.subarray(from, to)).split('\n')) out.push(line);
      return;
    } catch {
      // some line is not UTF-8: find it below
    }
  }
  for (let start = from; start <= to; ) {
    const found = bytes.indexOf(NEWLINE, start);
    const end = found === -1 || found > to ? to : found;
    out.push(
      end - start > limit ? tooLong(end - start, limit) : decodeLine(bytes.subarray(start, end)),
    );
    start = end + 1;
  }
}

/**
 * Yields the lines of the chunks, without their `\n` (a `\r` before it is kept: the reader
 * decides what it means), a chunk's worth at a time (one array per chunk read, so the consumer
 * pays one await per chunk, not per line). A final newline ends the last line; it does not start
 * an empty one. A byte-order mark at the start of the input is dropped. A line longer than
 * `maxLineBytes` is not kept: it comes out as a {@link LineFault} with its length.
 */
export async function* splitLines(
  chunks: AsyncIterable<Uint8Array | string>,
  maxLineBytes: number = MAX_RECORD_BYTES,
): AsyncGenerator<Line[]> {
  // The partial line: its pieces (dropped once they pass the limit) and its length in bytes.
  let pieces: Uint8Array[] = [];
  let partialBytes = 0;
  let first = true;
  const finishLine = (tail: Uint8Array): Line => {
    const length = partialBytes + tail.length;
    let line: Line;
    if (length > maxLineBytes) line = tooLong(length, maxLineBytes);
    else line = decodeLine(pieces.length === 0 ? tail : Buffer.concat([...pieces, tail], length));
    pieces = [];
    partialBytes = 0;
    if (first) {
      first = false;
      if (typeof line === 'string') return line.replace(/^\uFEFF/, '');
      if (line.text !== undefined) return { ...line, text: line.text.replace(/^\uFEFF/, '') };
    }
    return line;
  };

  for await (const chunk of chunks) {
    const bytes = asBuffer(chunk);
    const firstNewline = bytes.indexOf(NEWLINE);
    if (firstNewline === -1) {
      partialBytes += bytes.length;
      if (partialBytes <= maxLineBytes) pieces.push(bytes);
      else pieces = [];
      continue;
    }
    const lines = [finishLine(bytes.subarray(0, firstNewline))];
    const lastNewline = bytes.lastIndexOf(NEWLINE);
    if (lastNewline > firstNewline) {
      decodeLines(bytes, firstNewline + 1, lastNewline, maxLineBytes, lines);
    }
    const tail = bytes.subarray(lastNewline + 1);
    partialBytes = tail.length;
    if (tail.length > 0 && tail.length <= maxLineBytes) pieces.push(tail);
    yield lines;
  }
  if (partialBytes > 0) {
    const wasFirst = first;
    const line = finishLine(new Uint8Array(0));
    // An input of nothing but a byte-order mark is empty.
    if (!(wasFirst && line === '')) yield [line];
  }
}
