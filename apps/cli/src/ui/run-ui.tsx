/**
 * Starts the interactive UI on the given terminal and resolves with exit code 0 when the
 * user quits (Esc, Ctrl-C, or `q` off the text area). Loaded lazily: only this path pulls in
 * Ink and React.
 *
 * @module
 */
import { render } from 'ink';
import { EXIT, type ExitCode, type Io } from '../io.ts';
import { App } from './app.tsx';

/** Renders the UI until the user quits. Call only when stdin and stdout are terminals. */
export async function runUi(io: Io): Promise<ExitCode> {
  const instance = render(<App />, {
    stdin: io.stdin,
    stdout: io.stdout,
    stderr: io.stderr,
    exitOnCtrlC: true,
    alternateScreen: true,
  });
  await instance.waitUntilExit();
  return EXIT.ok;
}
