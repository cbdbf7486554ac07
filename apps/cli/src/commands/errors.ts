/**
 * Errors a command reports to the user: a message and the exit code that goes with it.
 *
 * @module
 */
import { closedPipeExit, EXIT, type ExitCode, type Io, WriteError, write } from '../io.ts';

/** A failure the user can fix: bad input (exit 1) or bad usage (exit 2). */
export class CliError extends Error {
  readonly exitCode: ExitCode;

  constructor(message: string, exitCode: ExitCode = EXIT.input) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

// The system errors of failed writes already reported: a stream also emits the error its write
// called back with, and the binary reports the ones no command did.
const reportedWrites = new WeakSet<object>();

/** True when {@link reportError} has reported this error of a failed write. */
export function wasReported(cause: unknown): boolean {
  return typeof cause === 'object' && cause !== null && reportedWrites.has(cause);
}

/**
 * Writes `marketlens: <message>` on stderr and returns the exit code. A failed write is an
 * input error too (`cannot write stdout: no space left on device`); when it is stderr that
 * failed, there is nowhere to say so, and only the exit code tells.
 */
export async function reportError(io: Io, error: unknown): Promise<ExitCode> {
  if (error instanceof WriteError) {
    if (typeof error.cause === 'object' && error.cause !== null) reportedWrites.add(error.cause);
    // A closed pipe (`marketlens … | head`) is a normal way for a reader to stop, unless it
    // closed after an interrupt (see `closedPipeExit`).
    if ((error.cause as { code?: unknown }).code === 'EPIPE') return closedPipeExit(io.stderr);
    if (error.stream === io.stderr) return EXIT.input;
    const target = error.target ?? (error.stream === io.stdout ? 'stdout' : 'the output');
    return reportError(
      io,
      new CliError(`cannot write ${target}: ${describeFileError(error.cause)}`),
    );
  }
  if (error instanceof CliError) {
    try {
      await write(io.stderr, `marketlens: ${error.message}\n`);
    } catch {
      // stderr is gone too: the exit code is all that is left
    }
    return error.exitCode;
  }
  throw error;
}

/**
 * Why a file could not be opened, read or written, in words (`no such file`, `permission
 * denied`, `no space left on device`, …).
 */
export function describeFileError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  const message = error instanceof Error ? error.message : String(error);
  // A system error reads "ENOSPC: no space left on device, write": keep the words.
  const words =
    typeof code === 'string'
      ? /^[A-Z0-9]+: (.+?)(?:, \w+(?: .*)?)?$/.exec(message)?.[1]
      : undefined;
  return words ?? message;
}
