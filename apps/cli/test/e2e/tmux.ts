/**
 * A small driver for a program running in a real terminal under tmux, on a private server
 * socket so that tests never touch the user's tmux.
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { cliEnv } from './built-cli.ts';

/** Whether tmux can run here. */
export function hasTmux(): boolean {
  return spawnSync('tmux', ['-V'], { encoding: 'utf8' }).status === 0;
}

const quote = (value: string) => `'${value.replaceAll("'", "'\\''")}'`;

/** A tmux session running one command in a terminal of a given size. */
export class TmuxSession {
  readonly socket = `marketlens-e2e-${process.pid}-${Date.now()}`;
  readonly name = 'ui';

  /** Starts `argv` in a `columns`×`rows` terminal; the shell prints `EXIT:<code>` after it. */
  start(argv: readonly string[], columns: number, rows: number, env: Record<string, string> = {}) {
    const exports = Object.entries(env)
      .map(([k, v]) => `export ${k}=${quote(v)}; `)
      .join('');
    const command = `${exports}${argv.map(quote).join(' ')}; echo "EXIT:$?"; sleep 120`;
    this.tmux(
      'new-session',
      '-d',
      '-s',
      this.name,
      '-x',
      String(columns),
      '-y',
      String(rows),
      command,
    );
  }

  /** Types literal text, as a person would. */
  type(text: string) {
    this.tmux('send-keys', '-t', this.name, '-l', text);
  }

  /** Presses named keys (`Enter`, `Tab`, `F3`, `Escape`, `C-c`). */
  press(...keys: string[]) {
    this.tmux('send-keys', '-t', this.name, ...keys);
  }

  /** Resizes the terminal. */
  resize(columns: number, rows: number) {
    this.tmux('resize-window', '-t', this.name, '-x', String(columns), '-y', String(rows));
  }

  /** The screen as text; with `styles`, including the escape sequences of colours and styles. */
  capture(styles = false): string {
    const args = ['capture-pane', '-p', '-t', this.name, ...(styles ? ['-e'] : [])];
    return this.tmux(...args);
  }

  /** Polls the screen until `predicate` holds; throws with the last screen when it never does. */
  async waitFor(predicate: (screen: string) => boolean, what: string, timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs;
    let screen = '';
    while (Date.now() < deadline) {
      screen = this.capture();
      if (predicate(screen)) return screen;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`timed out waiting for ${what}; the screen was:\n${screen}`);
  }

  /** Ends the tmux server of this session. */
  stop() {
    spawnSync('tmux', ['-L', this.socket, 'kill-server']);
  }

  private tmux(...args: string[]): string {
    // The terminal of a person, not of a CI job: CI runs this suite with CI=true, which would
    // make colour detection in the UI assume a log file rather than a screen.
    const env = cliEnv();
    delete env.CI;
    const result = spawnSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8', env });
    if (result.status !== 0) throw new Error(`tmux ${args[0]} failed: ${result.stderr}`);
    return result.stdout;
  }
}
