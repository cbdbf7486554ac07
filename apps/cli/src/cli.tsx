/**
 * The `marketlens` binary: hands argv and the process's streams to the program, sets the exit
 * code. Ink and React load only when the UI starts.
 *
 * @module
 */
import { processIo } from './io.ts';
import { runCli } from './program.ts';

// A closed pipe (`marketlens … | head`) is a normal way for a reader to stop.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), processIo());
