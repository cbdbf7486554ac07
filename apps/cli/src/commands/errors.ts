/**
 * Errors a command reports to the user: a message and the exit code that goes with it.
 *
 * @module
 */
import { EXIT, type ExitCode, type Io, write } from '../io.ts';

/** A failure the user can fix: bad input (exit 1) or bad usage (exit 2). */
export class CliError extends Error {
  readonly exitCode: ExitCode;

  constructor(message: string, exitCode: ExitCode = EXIT.input) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** Writes `marketlens: <message>` on stderr and returns the exit code. */
export async function reportError(io: Io, error: unknown): Promise<ExitCode> {
  if (error instanceof CliError) {
    await write(io.stderr, `marketlens: ${error.message}\n`);
    return error.exitCode;
  }
  throw error;
}

/** Why a file could not be opened, in words (`no such file`, `permission denied`, …). */
export function describeFileError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}
