/**
 * An in-memory {@link Io} for tests: stdin from a string, stdout and stderr collected.
 * Only tests import this file.
 *
 * @module
 */
import { PassThrough, Readable, Writable } from 'node:stream';
import type { Io } from './io.ts';

/**
 * What a test can set. `stdin: undefined` means an interactive terminal with nothing typed;
 * an array is read chunk by chunk, and bytes may be any bytes (not UTF-8, say).
 */
export type TestIoOptions = Partial<Omit<Io, 'stdin' | 'stdout' | 'stderr'>> & {
  stdin?: string | Uint8Array | (string | Uint8Array)[];
};

/** An Io plus readers of what was written. */
export type TestIo = { io: Io; stdout: () => string; stderr: () => string };

function collector() {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/** Creates the in-memory Io. */
export function createTestIo(options: TestIoOptions = {}): TestIo {
  const { stdin, ...rest } = options;
  const out = collector();
  const err = collector();
  const input =
    stdin === undefined ? new PassThrough() : Readable.from(Array.isArray(stdin) ? stdin : [stdin]);
  const io: Io = {
    stdin: input,
    stdout: out.stream,
    stderr: err.stream,
    env: {},
    stdinIsTTY: stdin === undefined,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    columns: undefined,
    cwd: process.cwd(),
    ...rest,
  };
  return { io, stdout: out.text, stderr: err.text };
}

/**
 * A stream that fails every write as a full disk does: `write` throws ENOSPC at once, as
 * `process.stdout` does on a file (its writes are synchronous).
 */
export function fullStream(): NodeJS.WritableStream {
  const stream = new Writable({ write: (_chunk, _encoding, done) => done() });
  stream.write = () => {
    const error = new Error('ENOSPC: no space left on device, write');
    throw Object.assign(error, { code: 'ENOSPC', errno: -28, syscall: 'write' });
  };
  return stream;
}
