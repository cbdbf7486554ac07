import { describe, expect, it } from 'vitest';
import { closedPipeExit, EXIT, processIo } from './io.ts';

describe('a closed output pipe', () => {
  it('is a normal stop, unless the reader closed for the Ctrl-C that reached the pipeline', async () => {
    // `marketlens … | head`: the reader had what it wanted.
    expect(await closedPipeExit()).toBe(EXIT.ok);
    // Ctrl-C in a terminal reaches every process of the pipeline: a batch was winding down from
    // it when the reader closed, so the run was interrupted (a `pipefail` script must not read 0).
    const off = processIo().onInterrupt?.(() => {});
    process.emit('SIGINT');
    off?.();
    expect(await closedPipeExit()).toBe(EXIT.interrupted);
  });
});
