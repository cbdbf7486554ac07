/**
 * The streams and environment a command runs against. Commands receive an `Io` instead of
 * touching `process`, so tests inject their own streams and the entry file stays thin.
 *
 * @module
 */

/** What a command may read, write and know about its terminal. */
export type Io = {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: Readonly<Record<string, string | undefined>>;
  /** true when stdin is an interactive terminal (raw mode is then possible). */
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Width of stdout in columns, when it is a terminal. */
  columns: number | undefined;
  /** Directory relative paths are resolved against. */
  cwd: string;
  /**
   * Calls `listener` on the first Ctrl-C (SIGINT) or SIGTERM after it is set, instead of the
   * process dying there; a second one ends the process at once, as if nothing listened (killed
   * by that signal), even when it came before the first was heard. Returns the function that
   * takes the listener off. Absent: nothing to listen to (tests that never interrupt).
   */
  onInterrupt?: (listener: (signal: InterruptSignal) => void) => () => void;
};

/** The signals a long command stops cleanly on. */
export type InterruptSignal = 'SIGINT' | 'SIGTERM';

/** The first interrupt the process received while a command listened, if any. */
let received: InterruptSignal | undefined;

/** The exit code of a run an interrupt cut short: 130 after Ctrl-C, 143 after SIGTERM. */
export const exitCodeOf = (signal: InterruptSignal | undefined): ExitCode =>
  signal === 'SIGTERM' ? EXIT.terminated : EXIT.interrupted;

/**
 * The exit code for a closed output pipe (`marketlens … | head`): a normal way for a reader to
 * stop, unless a command was winding down from an interrupt when it closed. Ctrl-C in a terminal
 * reaches every process of a pipeline, so the reader may have closed because of it: the run was
 * interrupted, and says so on `stderr`.
 */
export async function closedPipeExit(stderr: NodeJS.WritableStream): Promise<ExitCode> {
  // The Ctrl-C that closed the reader reaches this process at about the same moment: give its
  // handler a moment to run before deciding.
  await new Promise((resolve) => setTimeout(resolve, SIGNAL_GRACE_MS));
  if (received === undefined) return EXIT.ok;
  await write(stderr, 'marketlens: interrupted; the output was closed before the end\n').catch(
    () => {},
  );
  return exitCodeOf(received);
}

/** How long a closed pipe waits for a signal sent with the one that closed it. */
const SIGNAL_GRACE_MS = 50;

/**
 * The process's {@link Io.onInterrupt}: `listener` hears the first of the two signals, and the
 * second ends the process. The handler stays on until `off`: Node hears signals only when its
 * event loop turns, so two Ctrl-Cs that come while the main thread is busy are handed over one
 * after the other in the same turn, and a handler taken off by the first would leave the second
 * to nobody (Node drops a signal that no listener is left for).
 */
function onProcessInterrupt(listener: (signal: InterruptSignal) => void): () => void {
  const signals: InterruptSignal[] = ['SIGINT', 'SIGTERM'];
  let heard = false;
  const handlers = signals.map((signal) => () => {
    if (heard) {
      off();
      quitNow(signal);
    }
    heard = true;
    received ??= signal;
    listener(signal);
  });
  const off = () => {
    signals.forEach((signal, i) => {
      process.off(signal, handlers[i] as () => void);
    });
  };
  signals.forEach((signal, i) => {
    process.on(signal, handlers[i] as () => void);
  });
  return off;
}

/**
 * Ends the process at once, as `signal` does when nothing listens: with no listener left, Node
 * restores the signal's default action, and the process sends the signal to itself (a shell
 * then reports 130 after Ctrl-C, 143 after SIGTERM). Nothing is flushed: the output may end
 * inside a record, which is what a second Ctrl-C asks for.
 */
function quitNow(signal: InterruptSignal): never {
  process.kill(process.pid, signal);
  // Only if some other listener kept the signal from ending the process.
  process.exit(exitCodeOf(signal));
}

/**
 * The process's own streams and environment. stdin and stderr are opened only when a command
 * asks for them: `process.stdin` on a file or /dev/null is a file stream, whose first use loads
 * Node's promise-based file API and readline with it — time a one-shot `classify "…"` need not spend.
 */
export function processIo(): Io {
  return {
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    get stderr() {
      // A failed write to stderr has nowhere to be told: it must not crash the process either.
      if (process.stderr.listenerCount('error') === 0) process.stderr.on('error', () => {});
      return process.stderr;
    },
    env: process.env,
    get stdinIsTTY() {
      return process.stdin.isTTY === true;
    },
    stdoutIsTTY: process.stdout.isTTY === true,
    get stderrIsTTY() {
      return process.stderr.isTTY === true;
    },
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    cwd: process.cwd(),
    onInterrupt: onProcessInterrupt,
  };
}

/**
 * Exit codes: 0 success, 1 bad input (files, records, texts), 2 bad usage (flags, arguments);
 * 130 and 143 (128 + the signal's number, as a shell reports it) for a batch stopped by Ctrl-C
 * or SIGTERM after it wrote what it had classified.
 */
export const EXIT = { ok: 0, input: 1, usage: 2, interrupted: 130, terminated: 143 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * A write to a stream failed (a full disk, a closed pipe). It carries the stream, so that the
 * command can name it (`stdout`, the output file), and the system error.
 */
export class WriteError extends Error {
  readonly stream: NodeJS.WritableStream;
  override readonly cause: unknown;
  /** What to call the stream in the message, when the command knows better than `stdout`. */
  readonly target: string | undefined;

  constructor(stream: NodeJS.WritableStream, cause: unknown, target?: string) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'WriteError';
    this.stream = stream;
    this.cause = cause;
    this.target = target;
  }
}

/**
 * Writes a string or bytes and resolves once the stream has taken them (the commands write
 * their output in one piece, so this costs one round trip). A failed write (a full disk, a
 * closed pipe) rejects with a {@link WriteError}, whether the stream throws at once or calls
 * back with the error.
 */
export function write(stream: NodeJS.WritableStream, chunk: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (error: unknown) => reject(new WriteError(stream, error));
    try {
      stream.write(chunk, (error) => (error ? fail(error) : resolve()));
    } catch (error) {
      fail(error);
    }
  });
}

/**
 * Reads a whole stream as bytes (string chunks as UTF-8), or stops at the chunk that takes it
 * past `limit` bytes and resolves with `undefined`: what was read is dropped, and leaving the
 * loop destroys the stream, so nothing more is read (a writer into a pipe is told it closed).
 */
export async function readAtMost(
  stream: NodeJS.ReadableStream,
  limit: number,
): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    length += bytes.length;
    if (length > limit) return undefined;
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, length);
}
