/**
 * The process's interrupt listener, in a child process of its own (the second signal ends the
 * process it is in). The signals are real: the child sends them to itself.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const IO = pathToFileURL(fileURLToPath(new URL('./io.ts', import.meta.url))).href;

/** Runs `body` after the listener is set, in a fresh Node; resolves with how the child ended. */
function runChild(body: string) {
  const script = `
    import { processIo } from ${JSON.stringify(IO)};
    processIo().onInterrupt((signal) => process.stderr.write('heard ' + signal + '\\n'));
    const busy = (ms) => { for (const end = performance.now() + ms; performance.now() < end; ); };
    ${body}
    // Only a child whose second signal was lost gets here.
    setTimeout(() => { process.stderr.write('still running\\n'); process.exit(0); }, 5000);
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>(
    (resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
}

describe('the process interrupt listener', () => {
  it('ends the process on a second signal that came while the main thread was busy', async () => {
    // Both signals arrive before the event loop turns (a batch classifying a group): Node hands
    // them over in the same turn, one after the other. The first is heard, the second ends it.
    const ended = await runChild(`
      process.kill(process.pid, 'SIGINT');
      busy(50);
      process.kill(process.pid, 'SIGINT');
      busy(50);
    `);
    expect(ended).toEqual({ code: null, signal: 'SIGINT', stderr: 'heard SIGINT\n' });
  }, 30_000);

  it('ends the process on a second signal in a later turn, by that signal', async () => {
    const ended = await runChild(`
      process.kill(process.pid, 'SIGTERM');
      setTimeout(() => process.kill(process.pid, 'SIGINT'), 50);
    `);
    expect(ended).toEqual({ code: null, signal: 'SIGINT', stderr: 'heard SIGTERM\n' });
  }, 30_000);
});
