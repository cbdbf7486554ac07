/**
 * End to end: Ctrl-C in the middle of a batch. The built binary, writing to a pipe on worker
 * threads, says at once that it is stopping, stops reading, writes whole every record it read,
 * says how far it got and exits 130; a second Ctrl-C ends it at once.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, CLI, cliEnv, NODE } from './built-cli.ts';
import { devTexts, generateJsonl } from './corpus.ts';

describe('Ctrl-C in the middle of a batch', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marketlens-e2e-'));
  const input = join(dir, 'briefs.jsonl');

  beforeAll(() => {
    assertBuilt();
    // Over 2 MB: classified on worker threads as well as the main thread.
    writeFileSync(input, generateJsonl(40_000, devTexts()));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves whole records in input order, says how far it got, and exits 130', async () => {
    const child = spawn(NODE, [CLI, 'batch', '--input', input, '--jobs', '2'], {
      env: cliEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
    });
    child.stdout.on('data', (chunk: Buffer) => {
      // The first output is the sign that the run is well under way: interrupt it then.
      if (out.length === 0) child.kill('SIGINT');
      out.push(chunk);
    });
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
      child.on('close', (c, s) => resolve([c, s])),
    );
    expect({ code, signal }).toEqual({ code: 130, signal: null });

    const text = Buffer.concat(out).toString('utf8');
    expect(text.endsWith('\n')).toBe(true);
    const records = text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { id?: unknown; line?: number });
    // In input order: a good record's id is r<line> or <line>, a bad one's line is its own.
    records.forEach((record, index) => {
      const n = index + 1;
      if (record.line !== undefined) expect(record.line).toBe(n);
      else expect([`r${n}`, n]).toContain(record.id);
    });
    expect(records.length).toBeLessThan(40_000);
    expect(err).toContain(
      `marketlens: interrupted: wrote ${records.length} records (up to line ${records.length} of ${input}); the rest of the input was not read\n`,
    );
    // The signal was acknowledged first, on a stderr that is not a terminal.
    expect(err).toMatch(
      /^marketlens: stopping: (finishing the \d+ records? in flight|nothing left to write) \(Ctrl-C again to quit now\)\nmarketlens: interrupted: wrote/,
    );
  }, 60_000);

  it('says it is stopping at once, and a second Ctrl-C while it winds down ends it', async () => {
    const child = spawn(NODE, [CLI, 'batch', '--input', input, '--jobs', '1'], {
      env: cliEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const closed = new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
      child.on('close', (c, s) => resolve([c, s])),
    );
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
    });
    // The output is never read: once the pipe is full, the run cannot finish writing what it
    // has, so it is still winding down whenever the second Ctrl-C comes.
    await new Promise((resolve) => child.stdout.once('readable', resolve));
    child.kill('SIGINT');
    const started = performance.now();
    while (!err.includes('\n') && performance.now() - started < 30_000) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(err).toMatch(
      /^marketlens: stopping: (finishing the \d+ records? in flight|nothing left to write) \(Ctrl-C again to quit now\)\n$/,
    );
    child.kill('SIGINT');
    // Killed by the signal, as a process that does not listen is: no summary, no exit code.
    expect(await closed).toEqual([null, 'SIGINT']);
    expect(err).not.toContain('interrupted');
  }, 60_000);
});
