/**
 * Where a command's text comes from: the argument, a file, or stdin.
 *
 * @module
 */
// Read synchronously: one small file, and node:fs/promises would load readline and more with it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MAX_TEXT_LENGTH } from '@marketlens/core';
import { EXIT, type Io, readAll } from '../io.ts';
import { CliError, describeFileError } from './errors.ts';

/** The sources a command was given. */
export type TextSource = { words?: readonly string[]; file?: string | undefined };

/** A text, and where it came from (`stdin`, the file's name; none for the argument). */
export type SourcedText = { text: string; source?: string };

/**
 * The bytes as text. Bytes that are not UTF-8 are a {@link CliError} naming `source`: replaced
 * in silence, they would be classified as something the input never said. A byte-order mark
 * is an encoding mark, not part of the text (evidence offsets count from after it): the
 * decoder drops it.
 */
function decode(bytes: Uint8Array, source: string): SourcedText {
  // Past three bytes a code unit (and a byte-order mark), no UTF-8 text is within the core's
  // limit: say so without decoding what could be too large to decode at all.
  if (bytes.length > 3 * MAX_TEXT_LENGTH + 3) {
    throw new CliError(
      `${source}: the text is longer than ${MAX_TEXT_LENGTH} characters (${bytes.length} bytes); the limit is ${MAX_TEXT_LENGTH}`,
    );
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), source };
  } catch {
    throw new CliError(`${source}: invalid UTF-8: the text has bytes that are not UTF-8`);
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
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(resolve(io.cwd, source.file));
    } catch (error) {
      throw new CliError(`cannot read ${source.file}: ${describeFileError(error)}`);
    }
    return decode(bytes, source.file);
  }
  if (io.stdinIsTTY) {
    throw new CliError('no text: give it as an argument, with --file, or on stdin', EXIT.usage);
  }
  return readStdin(io);
}

/** All of stdin, as text (see {@link decode}). */
export async function readStdin(io: Io): Promise<SourcedText> {
  return decode(await readAll(io.stdin), 'stdin');
}
