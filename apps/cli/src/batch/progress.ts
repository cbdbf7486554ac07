/**
 * A one-line progress bar for stderr when it is a terminal: bytes read of the input (when its
 * size is known) or a count, redrawn at most ten times a second; and the lines said between
 * its redraws.
 *
 * @module
 */
import { count } from '../format/vocabulary.ts';

/**
 * Redraws the bar; `done` clears the line. `say` writes a line of text whether the bar is drawn
 * or not: over the bar, which the next update draws again below it.
 */
export type Progress = {
  update(records: number, bytes: number): void;
  done(): void;
  say(line: string): void;
};
const INTERVAL_MS = 100;

/** A progress bar on `stream`, or one that does nothing when `enabled` is false. */
export function createProgress(
  stream: NodeJS.WritableStream,
  enabled: boolean,
  totalBytes: number | undefined,
  width = 80,
  now: () => number = Date.now,
): Progress {
  if (!enabled) {
    return {
      update() {},
      done() {},
      say: (line) => void stream.write(line),
    };
  }
  let last = 0;
  const started = now();
  const barWidth = Math.max(10, Math.min(40, width - 40));
  return {
    update(records, bytes) {
      const t = now();
      if (t - last < INTERVAL_MS) return;
      last = t;
      const rate = Math.round(records / Math.max((t - started) / 1000, 1e-3));
      let bar = '';
      if (totalBytes !== undefined && totalBytes > 0) {
        const ratio = Math.min(1, bytes / totalBytes);
        const filled = Math.round(ratio * barWidth);
        bar = `[${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}] ${Math.round(ratio * 100)}% `;
      }
      stream.write(`\r\u001b[2K${bar}${count(records, 'record')}, ${rate}/s`);
    },
    done() {
      stream.write('\r\u001b[2K');
    },
    say(line) {
      stream.write(`\r\u001b[2K${line}`);
      last = 0;
    },
  };
}
