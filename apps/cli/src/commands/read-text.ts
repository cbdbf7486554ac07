/**
 * Where a command's text comes from: the argument, a file, or stdin.
 *
 * @module
 */
// Read synchronously: one small file, and node:fs/promises would load readline and more with it.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { MAX_TEXT_LENGTH } from '@marketlens/core';
import { EXIT, type Io, readAtMost } from '../io.ts';
import { CliError, describeFileError } from './errors.ts';

/** The sources a command was given. */
export type TextSource = { words?: readonly string[]; file?: string | undefined };

/** A text, and where it came from (`stdin`, the file's name; none for the argument). */
export type SourcedText = { text: string; source?: string };

/**
 * Past three bytes a code unit (and a byte-order mark), no UTF-8 text is within the core's
 * limit: an input longer than this is refused as too long without being read to its end, let
 * alone decoded.
 */
const MAX_TEXT_BYTES = 3 * MAX_TEXT_LENGTH + 3;

/** How much of a file that is not a regular one (a FIFO, a device) is read at a time, at first. */
const FIRST_READ = 64 * 1024;

/** The input at `source` is too long; `bytes` is its size when known (a regular file's). */
function tooLong(source: string, bytes?: number): CliError {
  const size = bytes === undefined ? `more than ${MAX_TEXT_BYTES} bytes` : `${bytes} bytes`;
  return new CliError(
    `${source}: the text is longer than ${MAX_TEXT_LENGTH} characters (${size}); the limit is ${MAX_TEXT_LENGTH}`,
  );
}

/**
 * The bytes as text. Bytes that are not UTF-8 are a {@link CliError} naming `source`: replaced
 * in silence, they would be classified as something the input never said. A byte-order mark
 * is an encoding mark, not part of the text (evidence offsets count from after it): the
 * decoder drops it.
 */
function decode(bytes: Uint8Array, source: string): SourcedText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), source };
  } catch {
    throw new CliError(`${source}: invalid UTF-8: the text has bytes that are not UTF-8`);
  }
}

/**
 * A file's bytes, at most {@link MAX_TEXT_BYTES} of them. A regular file's size is asked first,
 * and a file past the limit is not read at all; anything else (a FIFO, a device) is read until
 * its end or one byte past the limit, whichever comes first.
 */
function readFileAtMost(path: string, name: string): Uint8Array {
  const cannotRead = (error: unknown) =>
    new CliError(`cannot read ${name}: ${describeFileError(error)}`);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw cannotRead(error);
  }
  try {
    let size: number | undefined;
    try {
      const stats = fstatSync(fd);
      if (stats.isFile()) size = stats.size;
    } catch (error) {
      throw cannotRead(error);
    }
    if (size !== undefined && size > MAX_TEXT_BYTES) throw tooLong(name, size);
    // Room for the whole file and one byte more (it may have grown, or report no size, as files
    // under /proc do); grown as it fills, up to one byte past the limit.
    const first = size === undefined ? FIRST_READ : Math.max(size + 1, FIRST_READ);
    let buffer = Buffer.allocUnsafe(Math.min(first, MAX_TEXT_BYTES + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > MAX_TEXT_BYTES) throw tooLong(name);
        const grown = Buffer.allocUnsafe(Math.min(2 * length, MAX_TEXT_BYTES + 1));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      let read: number;
      try {
        read = readSync(fd, buffer, length, buffer.length - length, null);
      } catch (error) {
        throw cannotRead(error);
      }
      if (read === 0) return buffer.subarray(0, length);
      length += read;
    }
  } finally {
    try {
      closeSync(fd);
    } catch {
      // read already, or failed already: nothing a close could change
    }
  }
}

/**
 * The text to work on: the words joined by spaces, the file's contents (`-` is stdin), or
 * stdin when it is not a terminal. Throws a {@link CliError} when there is none or too many.
 */
export async function readText(io: Io, source: TextSource): Promise<SourcedText> {
  const words = source.words ?? [];
  if (words.length > 0 && source.file !== undefined) {
    throw new CliError('give the text as an argument or with --file, not both', EXIT.usage);
  }
  if (words.length > 0) return { text: words.join(' ') };
  if (source.file === '-') return readStdin(io);
  if (source.file !== undefined) {
    return decode(readFileAtMost(resolve(io.cwd, source.file), source.file), source.file);
  }
  if (io.stdinIsTTY) {
    throw new CliError('no text: give it as an argument, with --file, or on stdin', EXIT.usage);
  }
  return readStdin(io);
}

/** True when stdin is a directory ("< somedir"), which Node reads as an empty stream. */
export function stdinIsDirectory(io: Io): boolean {
  return (io.stdin as { fd?: unknown }).fd === 0 && fstatSync(0).isDirectory();
}

/**
 * All of stdin, as text (see {@link decode}). Reading stops, and the text is refused as too
 * long, as soon as stdin has given more than {@link MAX_TEXT_BYTES}.
 */
export async function readStdin(io: Io): Promise<SourcedText> {
  if (stdinIsDirectory(io)) throw new CliError('cannot read stdin: is a directory');
  const bytes = await readAtMost(io.stdin, MAX_TEXT_BYTES).catch((error: unknown) => {
    throw new CliError(`cannot read stdin: ${describeFileError(error)}`);
  });
  if (bytes === undefined) throw tooLong('stdin');
  return decode(bytes, 'stdin');
}
