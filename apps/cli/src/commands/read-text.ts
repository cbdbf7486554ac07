/**
 * Where a command's text comes from: the argument, a file, or stdin.
 *
 * @module
 */
// Read synchronously: one small file, and node:fs/promises would load readline and more with it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXIT, type Io, readAll } from '../io.ts';
import { CliError, describeFileError } from './errors.ts';

/** The sources a command was given. */
export type TextSource = { words?: readonly string[]; file?: string | undefined };

/**
 * The text to work on: the words joined by spaces, the file's contents (`-` is stdin), or
 * stdin when it is not a terminal. Throws a {@link CliError} when there is none or too many.
 */
export async function readText(io: Io, source: TextSource): Promise<string> {
  const words = source.words ?? [];
  if (words.length > 0 && source.file !== undefined) {
    throw new CliError('give the text as an argument or with --file, not both', EXIT.usage);
  }
  if (words.length > 0) return words.join(' ');
  if (source.file === '-') return readAll(io.stdin);
  if (source.file !== undefined) {
    try {
      return readFileSync(resolve(io.cwd, source.file), 'utf8');
    } catch (error) {
      throw new CliError(`cannot read ${source.file}: ${describeFileError(error)}`);
    }
  }
  if (io.stdinIsTTY) {
    throw new CliError('no text: give it as an argument, with --file, or on stdin', EXIT.usage);
  }
  return readAll(io.stdin);
}
