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
};

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
  };
}

/** Exit codes: 0 success, 1 bad input (files, records, texts), 2 bad usage (flags, arguments). */
export const EXIT = { ok: 0, input: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** How much a stream may hold unwritten before {@link write} waits for it to drain. */
const MAX_BUFFERED = 4 * 1024 * 1024;

/**
 * Writes a string or bytes, and waits for `drain` only once more than a few megabytes are
 * queued: waiting at every write past a stream's small default high-water mark (16 kB) costs
 * a round trip per chunk, while this still bounds memory.
 */
export function write(stream: NodeJS.WritableStream, chunk: string | Uint8Array): Promise<void> {
  if (stream.write(chunk)) return Promise.resolve();
  const queued = (stream as { writableLength?: number }).writableLength ?? Infinity;
  if (queued < MAX_BUFFERED) return Promise.resolve();
  return new Promise((resolve) => stream.once('drain', () => resolve()));
}

/** Reads a whole stream as UTF-8 text. */
export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: string[] = [];
  const decoder = new TextDecoder();
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    chunks.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
  }
  chunks.push(decoder.decode());
  return chunks.join('');
}
