/**
 * The `marketlens` binary: hands argv and the process's streams to the program and sets the
 * exit code. Everything else loads after the compile cache is on; Ink and React load only
 * when the UI starts.
 *
 * @module
 */
import module from 'node:module';

// Reuse V8's compiled code across runs (Node ≥ 22.1): a one-shot command starts faster.
module.enableCompileCache?.();

const { closedPipeExit, processIo, WriteError } = await import('./io.ts');
const { reportError, wasReported } = await import('./commands/errors.ts');
const { runCli } = await import('./program.ts');

// A closed pipe (`marketlens … | head`) is a normal way for a reader to stop, unless the reader
// stopped for the Ctrl-C that reached the whole pipeline: the run was interrupted, and says so.
// Any other failure of stdout (a full disk) is said in words, by the command whose write failed,
// or else — when nothing waited for the write, as for --help — once everything else is done.
let stdoutError: unknown;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') {
    void closedPipeExit(process.stderr).then((code) => process.exit(code));
    return;
  }
  stdoutError ??= error;
});
process.once('beforeExit', async () => {
  if (stdoutError === undefined || wasReported(stdoutError)) return;
  process.exitCode = await reportError(processIo(), new WriteError(process.stdout, stdoutError));
});

process.exitCode = await runCli(process.argv.slice(2), processIo());
