import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { closedPipeExit, EXIT, processIo } from './io.ts';

describe('a closed output pipe', () => {
  it('is a normal stop, unless the reader closed for the Ctrl-C that reached the pipeline', async () => {
    const stderr = new PassThrough();
    let said = '';
    stderr.on('data', (chunk) => {
      said += String(chunk);
    });
    // `marketlens … | head`: the reader had what it wanted.
    expect(await closedPipeExit(stderr)).toBe(EXIT.ok);
    expect(said).toBe('');
    // Ctrl-C in a terminal reaches every process of the pipeline: a batch was winding down from
    // it when the reader closed, so the run was interrupted (a `pipefail` script must not read 0).
    const off = processIo().onInterrupt?.(() => {});
    process.emit('SIGINT');
    off?.();
    expect(await closedPipeExit(stderr)).toBe(EXIT.interrupted);
    expect(said).toBe('marketlens: interrupted; the output was closed before the end\n');
  });
});
