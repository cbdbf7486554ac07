/**
 * Starts the interactive UI on the given terminal and resolves with exit code 0 when the
 * user quits (Esc, Ctrl-C, or `q` off the text area). Loaded lazily: only this path pulls in
 * Ink and React.
 *
 * @module
 */
import { render } from 'ink';
import { shouldColor } from '../format/colors.ts';
import { EXIT, type ExitCode, type Io } from '../io.ts';
import { App } from './app.tsx';

/** Renders the UI until the user quits. Call only when stdin and stdout are terminals. */
export async function runUi(io: Io): Promise<ExitCode> {
  // When the terminal narrows it reflows the old frame, and Ink's line-by-line erase then
  // misses rows. On the alternate screen a full clear is safe; registered before Ink's own
  // resize listener, it runs first, and Ink redraws the whole frame after it.
  const stdout = io.stdout as NodeJS.WriteStream;
  let width = stdout.columns;
  const onResize = () => {
    if (stdout.columns < width) stdout.write('\u001b[2J\u001b[H');
    width = stdout.columns;
  };
  stdout.on('resize', onResize);
  const instance = render(<App color={shouldColor(io.stdoutIsTTY, io.env)} />, {
    stdin: io.stdin,
    stdout: io.stdout,
    stderr: io.stderr,
    exitOnCtrlC: true,
    alternateScreen: true,
    // Only ever called on a real terminal: a CI=true variable in the user's shell (or in a CI
    // job driving a terminal) must not turn the live UI into a print-once report.
    interactive: true,
  });
  try {
    await instance.waitUntilExit();
  } finally {
    stdout.off('resize', onResize);
  }
  return EXIT.ok;
}
