/**
 * Keeps `batch` from writing its results over its own input: opening the output truncates it
 * before a single record is read.
 *
 * @module
 */
import { fstatSync, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError } from '../commands/errors.ts';
import { EXIT, type Io } from '../io.ts';

async function statOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}

/** The input's file, when it is one: a path, or stdin redirected from a file. */
async function inputStats(io: Io, input: string): Promise<Stats | undefined> {
  if (input !== '-') return statOrUndefined(resolve(io.cwd, input));
  const fd = (io.stdin as { fd?: unknown }).fd;
  if (typeof fd !== 'number') return undefined;
  try {
    return fstatSync(fd);
  } catch {
    return undefined;
  }
}

/**
 * Throws a usage error when `output` already exists and is the same file as `input` (`-`:
 * stdin), by device and inode — whatever path, link or `./` names it. A missing input is left
 * for the reader to report.
 */
export async function refuseOutputOverInput(
  io: Io,
  input: string,
  output: string | undefined,
): Promise<void> {
  if (output === undefined || output === '-') return;
  const target = await statOrUndefined(resolve(io.cwd, output));
  if (target === undefined || !target.isFile()) return;
  const source = await inputStats(io, input);
  if (source === undefined || source.dev !== target.dev || source.ino !== target.ino) return;
  throw new CliError(
    `--input and --output are the same file (${output}): the results would overwrite the records`,
    EXIT.usage,
  );
}
