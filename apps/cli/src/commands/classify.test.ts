import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { ClassificationSchema } from '@marketlens/core/schemas';
import { describe, expect, it } from 'vitest';
import { createTestIo, fullStream } from '../test-io.ts';
import { runClassify } from './classify.ts';

const CUSTOMER = 'Loyalty programme with volume rebates for our top resellers at renewal.';
const CONSUMER = 'Cartoon ads to kids; the parents pay.';
const TOO_LONG_STDIN =
  'marketlens: stdin: the text is longer than 2000000 characters (more than 6000003 bytes); the limit is 2000000\n';
// biome-ignore lint/suspicious/noControlCharactersInRegex: detecting ANSI colour is the point
const ANSI = /\u001b\[/;

describe('classify command', () => {
  it('prints the core result object as JSON with --json', async () => {
    const t = createTestIo({ stdin: undefined });
    expect(await runClassify(t.io, { words: [CONSUMER], json: true })).toBe(0);
    const result = ClassificationSchema.parse(JSON.parse(t.stdout()));
    expect(result.orientation).toBe('consumer');
    expect(t.stdout().trim().split('\n')).toHaveLength(1);
  });

  it('joins several words into one text', async () => {
    const t = createTestIo();
    await runClassify(t.io, { words: CUSTOMER.split(' '), json: true });
    expect(JSON.parse(t.stdout()).orientation).toBe('customer');
  });

  it('prints human output without colour off a terminal', async () => {
    const t = createTestIo();
    expect(await runClassify(t.io, { words: [CUSTOMER] })).toBe(0);
    expect(t.stdout()).toContain('Customer marketing');
    expect(t.stdout()).toContain('Who pays');
    expect(t.stdout()).not.toMatch(ANSI);
  });

  it('marks a role that is only inferred from a word', async () => {
    const t = createTestIo();
    await runClassify(t.io, { words: ['Toddler scooter that makes the school run an adventure.'] });
    expect(t.stdout()).toMatch(/Who uses\s+Toddler \(inferred\)/);
    const stated = createTestIo();
    await runClassify(stated.io, { words: [CONSUMER] });
    expect(stated.stdout()).not.toContain('(inferred)');
  });

  it('quotes negated evidence as negated', async () => {
    const t = createTestIo();
    await runClassify(t.io, {
      words: ['Not a loyalty push: a national TV campaign to win new families.'],
    });
    expect(t.stdout()).toMatch(/Primary focus\s+consumer\s+not “loyalty”/);
    expect(t.stdout()).not.toMatch(/(?<!not )“loyalty”/);
  });

  it('colours on a terminal, unless NO_COLOR is set', async () => {
    const tty = createTestIo({ stdoutIsTTY: true });
    await runClassify(tty.io, { words: [CUSTOMER] });
    expect(tty.stdout()).toMatch(ANSI);
    const noColor = createTestIo({ stdoutIsTTY: true, env: { NO_COLOR: '1' } });
    await runClassify(noColor.io, { words: [CUSTOMER] });
    expect(noColor.stdout()).not.toMatch(ANSI);
  });

  it('reads the text from stdin when it is not a terminal', async () => {
    const t = createTestIo({
      stdin: [CONSUMER.slice(0, 10), CONSUMER.slice(10)],
      stdinIsTTY: false,
    });
    expect(await runClassify(t.io, { json: true })).toBe(0);
    expect(JSON.parse(t.stdout()).orientation).toBe('consumer');
  });

  it('reads the text from --file, and --file - from stdin', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'marketlens-'));
    await writeFile(join(dir, 'brief.txt'), CUSTOMER);
    const t = createTestIo({ cwd: dir });
    expect(await runClassify(t.io, { file: 'brief.txt', json: true })).toBe(0);
    expect(JSON.parse(t.stdout()).orientation).toBe('customer');
    const piped = createTestIo({ stdin: CONSUMER });
    expect(await runClassify(piped.io, { file: '-', json: true })).toBe(0);
    expect(JSON.parse(piped.stdout()).orientation).toBe('consumer');
    await rm(dir, { recursive: true, force: true });
  });

  it('names a missing file and exits 1', async () => {
    const t = createTestIo();
    expect(await runClassify(t.io, { file: 'nope/missing.txt' })).toBe(1);
    expect(t.stderr()).toBe('marketlens: cannot read nope/missing.txt: no such file\n');
    expect(t.stdout()).toBe('');
  });

  it('is a usage error (exit 2) to give no text at a terminal, or both text and --file', async () => {
    const none = createTestIo();
    expect(await runClassify(none.io, {})).toBe(2);
    expect(none.stderr()).toContain('no text');
    const both = createTestIo();
    expect(await runClassify(both.io, { words: ['a'], file: 'b.txt' })).toBe(2);
  });

  it('rejects a text over the core limit with exit 1', async () => {
    const t = createTestIo({ stdin: 'a'.repeat(2_000_001), stdinIsTTY: false });
    expect(await runClassify(t.io, { json: true })).toBe(1);
    expect(t.stderr()).toMatch(/limit is 2000000/);
  });

  it('reports a failed read of stdin in words, exit 1, not a stack trace', async () => {
    const t = createTestIo({ stdinIsTTY: false });
    t.io.stdin = new Readable({
      read() {
        this.destroy(
          Object.assign(new Error('EBADF: bad file descriptor, read'), { code: 'EBADF' }),
        );
      },
    });
    expect(await runClassify(t.io, { json: true })).toBe(1);
    expect(t.stderr()).toBe('marketlens: cannot read stdin: bad file descriptor\n');
  });

  it('reports a failed write to stdout in words, exit 1', async () => {
    const t = createTestIo({ stdin: undefined });
    t.io.stdout = fullStream();
    expect(await runClassify(t.io, { words: [CONSUMER], json: true })).toBe(1);
    expect(t.stderr()).toBe('marketlens: cannot write stdout: no space left on device\n');
  });

  it('names the file or stdin whose text is over the core limit', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'marketlens-'));
    await writeFile(join(dir, 'long.txt'), 'a'.repeat(2_000_001));
    const file = createTestIo({ cwd: dir });
    expect(await runClassify(file.io, { file: 'long.txt' })).toBe(1);
    expect(file.stderr()).toBe(
      'marketlens: long.txt: the text is 2000001 characters long; the limit is 2000000\n',
    );
    const stdin = createTestIo({ stdin: 'a'.repeat(2_000_001), stdinIsTTY: false });
    expect(await runClassify(stdin.io, {})).toBe(1);
    expect(stdin.stderr()).toMatch(/^marketlens: stdin: the text is 2000001 characters long/);
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses far too many bytes as too long, without decoding them as text', async () => {
    const t = createTestIo({ stdin: 'a'.repeat(6_000_004), stdinIsTTY: false });
    expect(await runClassify(t.io, {})).toBe(1);
    expect(t.stderr()).toBe(TOO_LONG_STDIN);
  });

  it('stops reading stdin as soon as it has given more bytes than any text within the limit', async () => {
    // 100 MB offered in 64 KiB chunks, made only when asked for, and counted.
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let given = 0;
    const offer = function* () {
      while (given < 100_000_000) {
        given += chunk.length;
        yield chunk;
      }
    };
    const t = createTestIo({ stdinIsTTY: false });
    const stdin = Readable.from(offer());
    t.io.stdin = stdin;
    expect(await runClassify(t.io, { json: true })).toBe(1);
    // What the limit needs, the chunk that passes it, and what the stream had buffered ahead.
    expect(given).toBeLessThan(6_000_003 + 20 * chunk.length);
    expect(stdin.destroyed).toBe(true);
    expect(t.stderr()).toBe(TOO_LONG_STDIN);
    expect(t.stdout()).toBe('');
  });

  it('refuses a regular file past the limit by its size, without reading it (3 GB, sparse)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'marketlens-'));
    const path = join(dir, 'huge.txt');
    await writeFile(path, '');
    // No data on disk: past 2 GiB, reading it whole is not even possible (ERR_FS_FILE_TOO_LARGE).
    await truncate(path, 3_000_000_000);
    const t = createTestIo({ cwd: dir });
    expect(await runClassify(t.io, { file: 'huge.txt' })).toBe(1);
    expect(t.stderr()).toBe(
      'marketlens: huge.txt: the text is longer than 2000000 characters (3000000000 bytes); the limit is 2000000\n',
    );
    await rm(dir, { recursive: true, force: true });
  });

  it.skipIf(process.platform === 'win32')(
    'reads a FIFO given as --file only up to one byte past the limit',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'marketlens-'));
      const fifo = join(dir, 'fifo');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      // 100 MB from another process; it is told the pipe closed when marketlens stops reading.
      const writer = spawn('sh', ['-c', 'head -c 100000000 /dev/zero > "$1"', 'sh', fifo], {
        stdio: 'ignore',
      });
      const ended = new Promise((done) => writer.on('close', done));
      const t = createTestIo({ cwd: dir });
      expect(await runClassify(t.io, { file: 'fifo' })).toBe(1);
      expect(t.stderr()).toBe(
        'marketlens: fifo: the text is longer than 2000000 characters (more than 6000003 bytes); the limit is 2000000\n',
      );
      await ended;
      await rm(dir, { recursive: true, force: true });
    },
  );

  it('still reads a FIFO or a file of up to the limit whole', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'marketlens-'));
    // 200,000 bytes: more than the first read of a file of no size, and more than a pipe holds.
    const text = `${CUSTOMER} ${'x'.repeat(200_000 - CUSTOMER.length - 1)}`;
    await writeFile(join(dir, 'brief.txt'), text);
    const plain = createTestIo();
    await runClassify(plain.io, { words: [text], json: true });
    const file = createTestIo({ cwd: dir });
    expect(await runClassify(file.io, { file: 'brief.txt', json: true })).toBe(0);
    expect(file.stdout()).toBe(plain.stdout());
    if (process.platform !== 'win32') {
      const fifo = join(dir, 'fifo');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      spawn('sh', ['-c', 'cat "$1" > "$2"', 'sh', join(dir, 'brief.txt'), fifo], {
        stdio: 'ignore',
      });
      const piped = createTestIo({ cwd: dir });
      expect(await runClassify(piped.io, { file: 'fifo', json: true })).toBe(0);
      expect(piped.stdout()).toBe(plain.stdout());
    }
    await rm(dir, { recursive: true, force: true });
  });

  it('drops a byte-order mark from a file or stdin, so evidence offsets are those of the text', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'marketlens-'));
    await writeFile(join(dir, 'bom.txt'), `\uFEFF${CONSUMER}`);
    const plain = createTestIo();
    await runClassify(plain.io, { words: [CONSUMER], json: true });
    const file = createTestIo({ cwd: dir });
    expect(await runClassify(file.io, { file: 'bom.txt', json: true })).toBe(0);
    expect(file.stdout()).toBe(plain.stdout());
    const stdin = createTestIo({ stdin: `\uFEFF${CONSUMER}`, stdinIsTTY: false });
    expect(await runClassify(stdin.io, { json: true })).toBe(0);
    expect(stdin.stdout()).toBe(plain.stdout());
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a file or stdin that is not UTF-8, naming it, exit 1', async () => {
    const bytes = Buffer.from('Cartoon ads to kids \xff the parents pay.', 'latin1');
    const dir = await mkdtemp(join(tmpdir(), 'marketlens-'));
    await writeFile(join(dir, 'latin1.txt'), bytes);
    const file = createTestIo({ cwd: dir });
    expect(await runClassify(file.io, { file: 'latin1.txt' })).toBe(1);
    expect(file.stderr()).toBe(
      'marketlens: latin1.txt: invalid UTF-8: the text has bytes that are not UTF-8\n',
    );
    expect(file.stdout()).toBe('');
    const stdin = createTestIo({
      stdin: [bytes.subarray(0, 20), bytes.subarray(20)],
      stdinIsTTY: false,
    });
    expect(await runClassify(stdin.io, {})).toBe(1);
    expect(stdin.stderr()).toBe(
      'marketlens: stdin: invalid UTF-8: the text has bytes that are not UTF-8\n',
    );
    await rm(dir, { recursive: true, force: true });
  });
});
