/**
 * End to end: the built binary off a terminal never asks for raw mode and always does
 * something useful — explains itself on empty stdin, classifies piped text.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, CLI, cliEnv, NODE } from './built-cli.ts';
import { devTexts, generateJsonl } from './corpus.ts';

const run = (args: string[], input?: string) =>
  spawnSync(NODE, [CLI, ...args], {
    encoding: 'utf8',
    env: cliEnv({ CI: 'true' }),
    ...(input === undefined ? { stdio: ['ignore', 'pipe', 'pipe'] } : { input }),
  });

describe('the binary off a terminal', () => {
  beforeAll(assertBuilt);

  it('explains itself with a worked example when stdin is empty (</dev/null), exit 0', () => {
    const result = run([]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('CUSTOMER marketing');
    expect(result.stdout).toContain('Example:');
    expect(result.stdout).toContain('marketlens classify');
  });

  it('classifies text piped to it, exit 0', () => {
    const result = run([], 'Cartoon ads to kids; the parents pay.\n');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Consumer marketing');
  });

  it('refuses a directory on stdin (< somedir) for classify and batch, exit 1', () => {
    const fd = openSync(tmpdir(), 'r');
    try {
      for (const args of [
        ['classify', '--json'],
        ['batch', '--input', '-'],
      ]) {
        const result = spawnSync(NODE, [CLI, ...args], {
          encoding: 'utf8',
          env: cliEnv({ CI: 'true' }),
          stdio: [fd, 'pipe', 'pipe'],
        });
        expect(result.status, args.join(' ')).toBe(1);
        expect(result.stderr).toBe('marketlens: cannot read stdin: is a directory\n');
        expect(result.stdout).toBe('');
      }
    } finally {
      closeSync(fd);
    }
  });

  it('prints the core result as JSON for classify --json', () => {
    const result = run([
      'classify',
      '--json',
      'Loyalty programme with volume rebates for our top resellers at renewal.',
    ]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).orientation).toBe('customer');
  });

  it('loads none of the Node modules a one-shot classify does not use', () => {
    // Written to fd 2 at exit through getBuiltinModule, so that the check itself loads nothing.
    const report = `process.on('exit', () => process.getBuiltinModule('node:fs').writeSync(2, JSON.stringify(process.moduleLoadList)));`;
    const args = ['--import', `data:text/javascript,${encodeURIComponent(report)}`, CLI];
    const result = spawnSync(NODE, [...args, 'classify', '--json', 'Loyalty card for regulars.'], {
      encoding: 'utf8',
      env: cliEnv({ CI: 'true' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(result.status).toBe(0);
    const loaded = JSON.parse(result.stderr) as string[];
    expect(loaded).toContain('NativeModule fs');
    const unused = ['worker_threads', 'internal/fs/promises', 'internal/readline/interface'];
    for (const name of [...unused, 'internal/util/parse_args/parse_args']) {
      expect(loaded).not.toContain(`NativeModule ${name}`);
    }
  });

  it('exits 2 on a usage error and 1 on an input error', () => {
    expect(run(['classify', '--nope']).status).toBe(2);
    const extra = run(['--version', 'extra']);
    expect(extra.status).toBe(2);
    expect(extra.stdout).toBe('');
    expect(extra.stderr).toContain("too many arguments for '--version'");
    expect(extra.stderr).toContain('got 1: extra.');
    const missing = run(['batch', '--input', 'no-such-file.jsonl']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('no-such-file.jsonl: no such file');
  });

  describe.skipIf(process.platform === 'win32')('given 400 MB to classify', () => {
    const dir = mkdtempSync(join(tmpdir(), 'marketlens-big-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    // The binary's peak resident memory, in kB, written to fd 3 as it exits.
    const report = `process.on('exit', () => process.getBuiltinModule('node:fs').writeSync(3, String(process.resourceUsage().maxRSS)));`;
    const imported = `data:text/javascript,${encodeURIComponent(report)}`;
    // `$0` is Node, `$1` the import, `$2` the binary, `$3` a FIFO.
    const runShell = (script: string) => {
      const result = spawnSync('sh', ['-c', script, NODE, imported, CLI, join(dir, 'fifo')], {
        encoding: 'utf8',
        env: cliEnv({ CI: 'true' }),
        stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
      });
      const output = result.output as (string | null)[];
      return { ...result, maxRssMb: Number(output[3]) / 1024 };
    };
    const tooLong = (source: string) =>
      `marketlens: ${source}: the text is longer than 2000000 characters (more than 6000003 bytes); the limit is 2000000\n`;

    it('stops reading stdin past the limit: exit 1, memory bounded', () => {
      const result = runShell(
        'head -c 400000000 /dev/zero | "$0" --import "$1" "$2" classify; echo "exit $?" >&2',
      );
      expect(result.maxRssMb).toBeGreaterThan(0);
      // All of it read took 850 MB; the bytes up to the limit are 6 MB.
      expect(result.maxRssMb).toBeLessThan(200);
      expect(result.stderr).toBe(`${tooLong('stdin')}exit 1\n`);
    });

    it('reads a FIFO given as --file only to the limit: exit 1, memory bounded', () => {
      const result = runShell(
        'mkfifo "$3" && { head -c 400000000 /dev/zero > "$3" & } && "$0" --import "$1" "$2" classify --file "$3"; echo "exit $?" >&2; wait',
      );
      expect(result.maxRssMb).toBeGreaterThan(0);
      expect(result.maxRssMb).toBeLessThan(200);
      expect(result.stderr).toBe(`${tooLong(join(dir, 'fifo'))}exit 1\n`);
    });
  });

  describe('when stdout fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'marketlens-pipes-'));
    const input = join(dir, 'briefs.jsonl');
    beforeAll(() => writeFileSync(input, generateJsonl(400, devTexts())));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    const toFull = (args: string[]) => {
      const full = openSync('/dev/full', 'w');
      try {
        return spawnSync(NODE, [CLI, ...args], {
          encoding: 'utf8',
          env: cliEnv({ CI: 'true' }),
          stdio: ['ignore', full, 'pipe'],
        });
      } finally {
        closeSync(full);
      }
    };

    it.skipIf(!existsSync('/dev/full'))('says so in words on a full disk, exit 1', () => {
      for (const args of [
        ['classify', 'hi'],
        ['define'],
        ['--help'],
        ['batch', '-i', input, '-q'],
      ]) {
        const result = toFull(args);
        expect(result.stderr, args.join(' ')).toBe(
          'marketlens: cannot write stdout: no space left on device\n',
        );
        expect(result.status, args.join(' ')).toBe(1);
      }
      const output = run(['batch', '-i', input, '-o', '/dev/full', '-q']);
      expect(output.stderr).toBe('marketlens: cannot write /dev/full: no space left on device\n');
      expect(output.status).toBe(1);
    });

    it('ends quietly when the reader of a pipe stops', () => {
      const script = `"$0" "$1" batch -i "$2" -q | head -1 >/dev/null; echo "\${PIPESTATUS[0]}"`;
      const result = spawnSync('bash', ['-c', script, NODE, CLI, input], {
        encoding: 'utf8',
        env: cliEnv({ CI: 'true' }),
      });
      expect(result.stderr).toBe('');
      expect(result.stdout.trim()).toBe('0');
    });
  });
});
