import { createReadStream, existsSync, openSync } from 'node:fs';
import { link, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { ClassificationSchema } from '@marketlens/core/schemas';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputRecord } from '../batch/record.ts';
import { runCli } from '../program.ts';
import { createTestIo, fullStream } from '../test-io.ts';
import { chooseWorkers, runBatch, slices, stoppingNote } from './batch.ts';

const JSONL = [
  '{"id":"c1","text":"Loyalty programme with volume rebates for our top resellers at renewal."}',
  '{"text":"Cartoon ads to kids; the parents pay."}',
  '{"id":"bad-json","text": ',
  '',
  '{"id":"no-text"}',
  '{"id":"num","text":5}',
  '{"id":9,"text":"hello world"}',
].join('\n');

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'marketlens-batch-'));
  await writeFile(join(dir, 'in.jsonl'), `${JSONL}\n`);
  await writeFile(
    join(dir, 'in.csv'),
    'id,text\nA,"Loyalty programme, with rebates, for resellers at renewal"\nB,"Cartoon ads\nto kids"\nC,x,y\n',
  );
  await writeFile(join(dir, 'sniff.txt'), 'text\nhello\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const lines = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));

/**
 * A stdout that takes no bytes until `release()` is called: the run cannot end before the test
 * lets it. `written()` is what it has been handed so far.
 */
function gatedOutput() {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let written = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      written += String(chunk);
      void gate.then(() => done());
    },
  });
  return { stream, release: () => release(), written: () => written };
}

describe('batch command', () => {
  it('writes exactly one record per input line, in order, good and bad, and exits 1', async () => {
    const t = createTestIo({ cwd: dir });
    expect(await runBatch(t.io, { input: 'in.jsonl' })).toBe(1);
    const out = lines(t.stdout());
    expect(out).toHaveLength(7);
    expect(out.map((r) => r.id)).toEqual(['c1', 2, undefined, undefined, 'no-text', 'num', 9]);
    expect(out.map((r) => r.line)).toEqual([undefined, undefined, 3, 4, 5, 6, undefined]);
    expect(out[2].error).toMatch(/^invalid JSON/);
    expect(out[3].error).toMatch(/empty line/);
    expect(out[4].error).toBe('missing "text"');
    expect(out[5].error).toMatch(/"text" must be a string/);
    const { id, ...result } = out[0];
    expect(ClassificationSchema.parse(result).orientation).toBe('customer');
    expect(out[1].orientation).toBe('consumer');
    expect(out[6].orientation).toBe('undetermined');
  });

  it('gives the same output, in the same order, on worker threads', async () => {
    const inline = createTestIo({ cwd: dir });
    await runBatch(inline.io, { input: 'in.jsonl', jobs: 1 });
    const threaded = createTestIo({ cwd: dir });
    expect(await runBatch(threaded.io, { input: 'in.jsonl', jobs: 2 })).toBe(1);
    expect(threaded.stdout()).toBe(inline.stdout());
    expect(threaded.stderr().split('\n')[0]).toBe(inline.stderr().split('\n')[0]);
  });

  it('chooses the main thread alone for small inputs, and workers beside it for large ones', () => {
    expect(chooseWorkers(undefined, 1000)).toBe(0);
    expect(chooseWorkers(1, 10_000_000)).toBe(0);
    expect(chooseWorkers(3, 10)).toBe(2);
    const cpus = availableParallelism();
    expect(chooseWorkers(undefined, 10_000_000)).toBe(Math.min(cpus, 8) - 1);
    expect(chooseWorkers(undefined, undefined)).toBe(Math.min(cpus, 8) - 1);
  });

  it('summarises on stderr: counts per orientation, errors with file and line, throughput', async () => {
    const t = createTestIo({ cwd: dir });
    await runBatch(t.io, { input: 'in.jsonl' });
    const summary = t.stderr();
    expect(summary).toMatch(
      /7 records: 1 customer, 1 consumer, 0 hybrid, 1 undetermined, 4 errors/,
    );
    expect(summary).toContain('in.jsonl:3: invalid JSON');
    expect(summary).toContain('in.jsonl:5: missing "text"');
    expect(summary).toMatch(/records\/s/);
  });

  it('exits 0 when every record is good, and is silent with --quiet', async () => {
    const t = createTestIo({ stdin: '{"text":"a"}\n{"text":"b"}\n', stdinIsTTY: false });
    expect(await runBatch(t.io, { input: '-', quiet: true })).toBe(0);
    expect(lines(t.stdout())).toHaveLength(2);
    expect(t.stderr()).toBe('');
  });

  it('makes a line that is not UTF-8 an error record, and classifies the others', async () => {
    const bad = Buffer.from('{"id":"x","text":"bad \xff bytes"}\n', 'latin1');
    const stdin = [bad, '{"id":"y","text":"Cartoon ads to kids; the parents pay."}\n'];
    const t = createTestIo({ stdin, stdinIsTTY: false });
    expect(await runBatch(t.io, { input: '-', quiet: true })).toBe(1);
    const out = lines(t.stdout());
    expect(out).toHaveLength(2);
    expect(out[0]).toEqual({ line: 1, error: expect.stringMatching(/^invalid UTF-8/) });
    expect(out[1]).toMatchObject({ id: 'y', orientation: 'consumer' });
  });

  it('reads CSV by extension and writes CSV with --format csv', async () => {
    const t = createTestIo({ cwd: dir });
    expect(await runBatch(t.io, { input: 'in.csv', format: 'csv' })).toBe(1);
    const rows = parse(t.stdout(), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).toEqual(['A', 'B', 'C']);
    expect(rows[0]?.orientation).toBe('customer');
    expect(rows[1]?.orientation).toBe('consumer');
    expect(rows[2]).toMatchObject({ line: '5', error: 'the row has 3 fields, the header has 2' });
    expect(Object.keys(rows[0] ?? {})).toContain('audience');
  });

  it('writes CSV to an --output named .csv, and JSONL to one named .jsonl, unless --format says', async () => {
    const csv = createTestIo({ cwd: dir });
    expect(
      await runCli(['batch', '--input', 'in.jsonl', '--output', 'out.csv', '-q'], csv.io),
    ).toBe(1);
    const rows = parse(await readFile(join(dir, 'out.csv'), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.map((r) => r.id)).toEqual(['c1', '2', '', '', 'no-text', 'num', '9']);
    const jsonl = createTestIo({ cwd: dir });
    expect(
      await runCli(['batch', '--input', 'in.csv', '--output', 'out.jsonl', '-q'], jsonl.io),
    ).toBe(1);
    expect(lines(await readFile(join(dir, 'out.jsonl'), 'utf8'))[0]).toMatchObject({ id: 'A' });
    const forced = createTestIo({ cwd: dir });
    const args = ['batch', '--input', 'in.csv', '--output', 'out.csv', '--format', 'jsonl', '-q'];
    expect(await runCli(args, forced.io)).toBe(1);
    expect(lines(await readFile(join(dir, 'out.csv'), 'utf8'))[0]).toMatchObject({ id: 'A' });
  });

  it('sniffs the format when the extension says nothing, or takes --format-in', async () => {
    const sniffed = createTestIo({ cwd: dir });
    expect(await runBatch(sniffed.io, { input: 'sniff.txt' })).toBe(0);
    expect(lines(sniffed.stdout())[0]).toMatchObject({ id: 2 });
    const piped = createTestIo({ stdin: '{"text":"hi"}\n', stdinIsTTY: false });
    expect(await runBatch(piped.io, { input: '-', formatIn: 'jsonl' })).toBe(0);
  });

  it('reads stdin as JSONL when its first line is bad JSON, not as CSV', async () => {
    for (const first of ['42', '[1,2]', '"text"x']) {
      const stdin = `${first}\n{"id":"a","text":"Cartoon ads to kids; the parents pay."}\n`;
      const t = createTestIo({ stdin, stdinIsTTY: false });
      expect(await runBatch(t.io, { input: '-', quiet: true }), first).toBe(1);
      const out = lines(t.stdout());
      expect(out.map((r) => r.line ?? r.id)).toEqual([1, 'a']);
      expect(out[0].error).toMatch(/^(invalid JSON|expected a JSON object)/);
    }
  });

  it('reads an empty input as no records, exit 0, whatever its format', async () => {
    await writeFile(join(dir, 'empty.csv'), '');
    await writeFile(join(dir, 'empty.txt'), '');
    const runs = [
      { stdin: '', input: '-' },
      { input: 'empty.csv' },
      { input: 'empty.txt' },
      { input: 'empty.txt', formatIn: 'csv' as const },
    ];
    for (const { stdin, ...options } of runs) {
      const t = createTestIo({ cwd: dir, stdin: stdin ?? undefined, stdinIsTTY: false });
      expect(await runBatch(t.io, options), JSON.stringify(options)).toBe(0);
      expect(t.stdout()).toBe('');
      expect(t.stderr()).toMatch(/^0 records: .*0 errors/);
    }
  });

  it('writes to --output instead of stdout', async () => {
    const t = createTestIo({ cwd: dir });
    await runBatch(t.io, { input: 'in.jsonl', output: 'out.jsonl' });
    expect(t.stdout()).toBe('');
    expect(lines(await readFile(join(dir, 'out.jsonl'), 'utf8'))).toHaveLength(7);
  });

  it('refuses (exit 2) an output that is the input file, however it is named, and leaves it whole', async () => {
    const input = `${JSONL}\n`;
    await writeFile(join(dir, 'same.jsonl'), input);
    await symlink(join(dir, 'same.jsonl'), join(dir, 'same-link.jsonl'));
    await link(join(dir, 'same.jsonl'), join(dir, 'same-hard.jsonl'));
    for (const output of ['same.jsonl', './same.jsonl', 'same-link.jsonl', 'same-hard.jsonl']) {
      const t = createTestIo({ cwd: dir });
      expect(await runBatch(t.io, { input: 'same.jsonl', output }), output).toBe(2);
      expect(t.stderr()).toBe(
        `marketlens: --input and --output are the same file (${output}): the results would overwrite the records\n`,
      );
      expect(await readFile(join(dir, 'same.jsonl'), 'utf8')).toBe(input);
    }
    const stdin = createReadStream('', { fd: openSync(join(dir, 'same.jsonl'), 'r') });
    const redirected = createTestIo({ cwd: dir, stdinIsTTY: false });
    redirected.io.stdin = stdin;
    expect(await runBatch(redirected.io, { input: '-', output: 'same.jsonl' })).toBe(2);
    stdin.destroy();
    expect(await readFile(join(dir, 'same.jsonl'), 'utf8')).toBe(input);
  });

  it('names a missing input file, an unwritable output and a CSV without a text column', async () => {
    const missing = createTestIo({ cwd: dir });
    expect(await runBatch(missing.io, { input: 'nope.jsonl' })).toBe(1);
    expect(missing.stderr()).toBe('marketlens: cannot read nope.jsonl: no such file\n');
    const output = createTestIo({ cwd: dir });
    expect(await runBatch(output.io, { input: 'in.jsonl', output: 'no/such/dir/out.jsonl' })).toBe(
      1,
    );
    expect(output.stderr()).toContain('cannot write no/such/dir/out.jsonl: no such file');
    await writeFile(join(dir, 'bad.csv'), 'id,body\n1,x\n');
    const header = createTestIo({ cwd: dir });
    expect(await runBatch(header.io, { input: 'bad.csv' })).toBe(1);
    expect(header.stderr()).toContain('bad.csv: line 1: no "text" column');
  });

  it('reports a failed write to stdout or to --output in words, exit 1', async () => {
    const t = createTestIo({ cwd: dir });
    t.io.stdout = fullStream();
    expect(await runBatch(t.io, { input: 'in.jsonl', quiet: true })).toBe(1);
    expect(t.stderr()).toBe('marketlens: cannot write stdout: no space left on device\n');
    // "--output -" is stdout too, and is called so.
    const dash = createTestIo({ cwd: dir });
    dash.io.stdout = fullStream();
    expect(await runBatch(dash.io, { input: 'in.jsonl', output: '-', quiet: true })).toBe(1);
    expect(dash.stderr()).toBe('marketlens: cannot write stdout: no space left on device\n');
    if (!existsSync('/dev/full')) return;
    const file = createTestIo({ cwd: dir });
    expect(await runBatch(file.io, { input: 'in.jsonl', output: '/dev/full', quiet: true })).toBe(
      1,
    );
    expect(file.stderr()).toBe('marketlens: cannot write /dev/full: no space left on device\n');
  });

  it('draws a progress bar only when stderr is a terminal', async () => {
    const tty = createTestIo({ cwd: dir, stderrIsTTY: true });
    await runBatch(tty.io, { input: 'in.jsonl' });
    expect(tty.stderr()).toContain('\r');
    const pipe = createTestIo({ cwd: dir });
    await runBatch(pipe.io, { input: 'in.jsonl' });
    expect(pipe.stderr()).not.toContain('\r');
  });

  it('on Ctrl-C stops reading, writes every record it read whole, says how far it got, exit 130', async () => {
    const stdin = new PassThrough();
    let interrupt: ((signal: 'SIGINT' | 'SIGTERM') => void) | undefined;
    const t = createTestIo({ cwd: dir, stdinIsTTY: false });
    t.io.stdin = stdin;
    t.io.onInterrupt = (listener) => {
      interrupt = listener;
      return () => {
        interrupt = undefined;
      };
    };
    const run = runBatch(t.io, { input: '-' });
    stdin.write(
      '{"id":"a","text":"Cartoon ads to kids; the parents pay."}\n{"id":"b","text":"x"}\n',
    );
    // The input stays open, as a slow producer's would: only the interrupt can end the run. The
    // results wait in the output's buffer, so the test waits for the lines to be read, and then
    // for two short texts to be classified.
    while (stdin.readableLength > 0 || interrupt === undefined) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(interrupt).toBeDefined();
    interrupt?.('SIGINT');
    expect(await run).toBe(130);
    expect(lines(t.stdout()).map((record) => record.id)).toEqual(['a', 'b']);
    expect(t.stdout().endsWith('}\n')).toBe(true);
    expect(t.stderr()).toContain(
      'marketlens: interrupted: wrote 2 records (up to line 2 of stdin); the rest of the input was not read\n',
    );
    expect(t.stderr()).toContain('2 records: ');
    expect(interrupt).toBeUndefined();
  }, 10_000);

  it('says at once that it is stopping, terminal or not, before it winds down', async () => {
    for (const stderrIsTTY of [false, true]) {
      let interrupt: ((signal: 'SIGINT' | 'SIGTERM') => void) | undefined;
      const stdin = new PassThrough();
      const t = createTestIo({ cwd: dir, stdinIsTTY: false, stderrIsTTY });
      t.io.stdin = stdin;
      // The output never takes its bytes: the run cannot end before the test lets it.
      const output = gatedOutput();
      t.io.stdout = output.stream;
      t.io.onInterrupt = (listener) => {
        interrupt = listener;
        return () => {};
      };
      const run = runBatch(t.io, { input: '-' });
      stdin.write('{"id":"a","text":"Loyalty perks for members."}\n{"id":"b","text":"x"}\n');
      while (stdin.readableLength > 0 || interrupt === undefined) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      interrupt?.('SIGINT');
      await new Promise((resolve) => setImmediate(resolve));
      // Said while the run still waits on its output, over the progress bar on a terminal. The
      // two records are written by then, or still in flight when the first classification (the
      // classifier's cold start) outlasted the wait.
      const note =
        /^marketlens: stopping: (nothing left to write|finishing the 2 records in flight) \(Ctrl-C again to quit now\)\n$/;
      const clear = '\r\u001b[2K';
      expect(t.stderr().startsWith(clear)).toBe(stderrIsTTY);
      expect(t.stderr().slice(stderrIsTTY ? clear.length : 0)).toMatch(note);
      output.release();
      expect(await run).toBe(130);
      expect(lines(output.written()).map((record) => record.id)).toEqual(['a', 'b']);
      expect(t.stderr()).toMatch(/in flight|left to write/);
      expect(t.stderr().indexOf('stopping')).toBeLessThan(
        t.stderr().indexOf('interrupted: wrote 2'),
      );
    }
  }, 20_000);

  it('words the stopping note by what is left, the signal, and whether all was read', () => {
    expect(stoppingNote('SIGINT', 1536, false)).toBe(
      'marketlens: stopping: finishing the 1536 records in flight (Ctrl-C again to quit now)\n',
    );
    expect(stoppingNote('SIGTERM', 1, false)).toBe(
      'marketlens: stopping: finishing the 1 record in flight (a second signal quits now)\n',
    );
    expect(stoppingNote('SIGINT', 0, true)).toBe(
      'marketlens: the whole input was read: nothing left to write (Ctrl-C again to quit now)\n',
    );
  });

  it('cuts records into groups of 256, or fewer when their texts are long', () => {
    const record = (line: number, length: number): InputRecord => ({
      ok: true,
      line,
      id: line,
      text: 'a'.repeat(length),
    });
    const sizes = (records: InputRecord[], chars?: number) =>
      [...slices(records, 256, chars)].map((group) => group.length);
    const short = Array.from({ length: 600 }, (_, i) => record(i + 1, 10));
    expect(sizes(short)).toEqual([256, 256, 88]);
    expect([...slices(short)].flat()).toEqual(short);
    // 100 characters a text, at most 250 a group: two texts a group; a longer text goes alone.
    const long = [record(1, 100), record(2, 100), record(3, 100), record(4, 400), record(5, 1)];
    expect(sizes(long, 250)).toEqual([2, 1, 1, 1]);
    const bad: InputRecord = { ok: false, line: 9, error: 'x' };
    expect(sizes([bad, bad, bad], 0)).toEqual([3]);
  });

  it('ends as usual when the interrupt comes after every record was read', async () => {
    let interrupt: ((signal: 'SIGINT' | 'SIGTERM') => void) | undefined;
    const t = createTestIo({ cwd: dir, stdinIsTTY: false });
    const stdin = new PassThrough();
    t.io.stdin = stdin;
    // The output is slow: the run is still writing when the whole input has been read.
    const output = gatedOutput();
    t.io.stdout = output.stream;
    t.io.onInterrupt = (listener) => {
      interrupt = listener;
      return () => {
        interrupt = undefined;
      };
    };
    const run = runBatch(t.io, { input: '-' });
    stdin.end('{"id":"a","text":"Loyalty perks for members."}\n{"id":"b","text":"x"}\n');
    while (!stdin.readableEnded) await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise((resolve) => setTimeout(resolve, 300));
    interrupt?.('SIGINT');
    output.release();
    expect(await run).toBe(0);
    expect(lines(output.written()).map((record) => record.id)).toEqual(['a', 'b']);
    expect(t.stderr()).not.toContain('interrupted');
  }, 10_000);

  it('on SIGTERM before the first record, says so and exits 143', async () => {
    let interrupt: ((signal: 'SIGINT' | 'SIGTERM') => void) | undefined;
    const t = createTestIo({ cwd: dir, stdinIsTTY: false });
    t.io.stdin = new PassThrough();
    t.io.onInterrupt = (listener) => {
      interrupt = listener;
      return () => {};
    };
    const run = runBatch(t.io, { input: '-' });
    while (interrupt === undefined) await new Promise((resolve) => setTimeout(resolve, 5));
    interrupt('SIGTERM');
    expect(await run).toBe(143);
    expect(t.stdout()).toBe('');
    expect(t.stderr()).toBe('marketlens: interrupted before any record of stdin was read\n');
  }, 10_000);
});
