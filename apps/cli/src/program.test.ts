import { describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { runCli } from './program.ts';
import { createTestIo, fullStream } from './test-io.ts';

const COMMANDS = ['ui', 'classify', 'batch', 'define', 'dimensions', 'compare', 'assess'];

describe('runCli', () => {
  it('prints the version', async () => {
    const t = createTestIo();
    expect(await runCli(['--version'], t.io)).toBe(0);
    expect(t.stdout().trim()).toBe(packageJson.version);
  });

  it('exits 2 on anything beside --version, naming it, and prints nothing on stdout', async () => {
    const cases: [string[], string][] = [
      [['--version', 'extra'], 'got 1: extra.'],
      [['-v', 'extra'], 'got 1: extra.'],
      [['extra', '--version'], 'got 1: extra.'],
      [['--version', 'a', 'b'], 'got 2: a, b.'],
      [['--version', '--', '-x'], 'got 1: -x.'],
      [['-v', 'classify', 'hello'], 'got 2: classify, hello.'],
      [['--version', 'define'], 'got 1: define.'],
    ];
    for (const [args, got] of cases) {
      const t = createTestIo({ stdinIsTTY: false });
      expect(await runCli(args, t.io), args.join(' ')).toBe(2);
      expect(t.stderr(), args.join(' ')).toContain(
        `error: too many arguments for '--version'. Expected 0 arguments but ${got}`,
      );
      expect(t.stdout(), args.join(' ')).toBe('');
    }
    const flag = createTestIo();
    expect(await runCli(['--version', '--bogus'], flag.io)).toBe(2);
    expect(flag.stderr()).toContain("error: unknown option '--bogus'");
  });

  it("takes --version only before a command: after it, it is the command's unknown flag", async () => {
    for (const args of [
      ['classify', 'hello', '-v'],
      ['define', '--version'],
    ]) {
      const t = createTestIo({ stdinIsTTY: false });
      expect(await runCli(args, t.io), args.join(' ')).toBe(2);
      expect(t.stderr(), args.join(' ')).toMatch(/error: unknown option '(-v|--version)'/);
      expect(t.stdout(), args.join(' ')).toBe('');
    }
  });

  it('has --help on the program and on every command, exit 0', async () => {
    const t = createTestIo();
    expect(await runCli(['--help'], t.io)).toBe(0);
    for (const command of COMMANDS) expect(t.stdout()).toContain(command);
    for (const command of COMMANDS) {
      const c = createTestIo();
      expect(await runCli([command, '--help'], c.io)).toBe(0);
      expect(c.stdout()).toContain(`Usage: marketlens ${command}`);
    }
  });

  it('says in batch --help that --input is required and what --jobs takes', async () => {
    const t = createTestIo();
    expect(await runCli(['batch', '--help'], t.io)).toBe(0);
    const help = t.stdout().replace(/\s+/g, ' ');
    expect(help).toContain('-i, --input <file> input file, or - for stdin (required)');
    expect(help).toContain('threads that classify, 1 to 64,');
    expect(help).toContain('default: by input size and CPUs, at most 8');
  });

  it('answers "help COMMAND" with the command\'s help, exit 0', async () => {
    const t = createTestIo();
    expect(await runCli(['help', 'classify'], t.io)).toBe(0);
    expect(t.stdout()).toMatch(/^Usage: marketlens classify \[options\] \[text\.\.\.\]/);
    const root = createTestIo();
    expect(await runCli(['help'], root.io)).toBe(0);
    expect(root.stdout()).toMatch(/^Usage: marketlens \[options\] \[command\]/);
    const unknown = createTestIo();
    expect(await runCli(['help', 'nope'], unknown.io)).toBe(2);
    expect(unknown.stderr()).toMatch(/unknown command 'nope'/);
    expect(unknown.stdout()).toBe('');
  });

  it('dispatches to a command and returns its exit code', async () => {
    const t = createTestIo();
    expect(await runCli(['classify', '--json', 'hello world'], t.io)).toBe(0);
    expect(JSON.parse(t.stdout()).orientation).toBe('undetermined');
    const missing = createTestIo();
    expect(await runCli(['classify', '--file', 'missing.txt'], missing.io)).toBe(1);
  });

  it('exits 2 on usage errors: unknown command, unknown flag, bad choice, missing option', async () => {
    const cases = [
      ['bogus'],
      ['classify', '--bogus'],
      ['assess', '--scope', 'maybe'],
      ['batch'],
      ['batch', '--input', 'x.jsonl', '--format', 'xml'],
    ];
    for (const args of cases) {
      const t = createTestIo();
      expect(await runCli(args, t.io), args.join(' ')).toBe(2);
      expect(t.stderr(), args.join(' ')).toMatch(/error/);
    }
  });

  it('exits 2 on arguments a command does not take, naming the fault', async () => {
    const cases = [
      ['batch', '-i', 'a.jsonl', 'b.jsonl'],
      ['assess', '--scope', 'customer', 'extra'],
      ['define', 'customer-marketing', 'junk'],
      ['dimensions', 'x'],
      ['compare', 'x'],
      ['ui', 'x'],
    ];
    for (const args of cases) {
      const t = createTestIo({ stdinIsTTY: false });
      expect(await runCli(args, t.io), args.join(' ')).toBe(2);
      expect(t.stderr(), args.join(' ')).toMatch(/error: too many arguments/);
      expect(t.stdout(), args.join(' ')).toBe('');
    }
    const unknown = createTestIo();
    expect(await runCli(['bogus', 'more'], unknown.io)).toBe(2);
    expect(unknown.stderr()).toMatch(/unknown command 'bogus'/);
  });

  it('says, for an unknown command, the command it looks like, or how to classify a text', async () => {
    const typo = createTestIo();
    expect(await runCli(['clasify'], typo.io)).toBe(2);
    expect(typo.stderr()).toMatch(
      /^error: unknown command 'clasify' \(did you mean classify\?\)\n/,
    );
    const text = createTestIo();
    expect(await runCli(['Loyalty', 'programme', 'for', 'resellers'], text.io)).toBe(2);
    expect(text.stderr()).toMatch(
      /^error: unknown command 'Loyalty' \(a text goes to a command: marketlens classify 'Loyalty programme for resellers'\)\n/,
    );
    expect(text.stdout()).toBe('');
    // A text whose first word looks like a command gets both hints; the text comes back as the
    // shell will take it ("$5" unexpanded), and a long one is not echoed cut short.
    const both = createTestIo();
    expect(await runCli(['Classic', 'cars', 'for', "collectors'", '$5', 'off'], both.io)).toBe(2);
    expect(both.stderr()).toContain(
      "(did you mean classify? or a text goes to a command: marketlens classify 'Classic cars for collectors'\\'' $5 off')",
    );
    const long = createTestIo();
    expect(await runCli(['Loyalty', 'x'.repeat(80)], long.io)).toBe(2);
    expect(long.stderr()).toContain("marketlens classify 'your text', or --file");
  });

  it('still runs bare and as ui, off a terminal', async () => {
    for (const args of [[], ['ui']]) {
      const t = createTestIo({ stdin: '', stdinIsTTY: false });
      expect(await runCli(args, t.io), args.join(' ')).toBe(0);
      expect(t.stdout()).toContain('marketlens classify');
    }
  });

  it('passes assess flags through', async () => {
    const t = createTestIo({ stdinIsTTY: false });
    const code = await runCli(
      ['assess', '--audience', 'consumer', '--end-user', 'kids', '--json'],
      t.io,
    );
    expect(code).toBe(0);
    expect(JSON.parse(t.stdout())).toHaveProperty('orientation');
  });

  it('reports a failed write to stdout in words, exit 1, from any command and from --help', async () => {
    for (const args of [
      ['define'],
      ['dimensions', '--json'],
      ['compare'],
      ['--help'],
      ['--version'],
      ['assess', '--scope', 'customer'],
    ]) {
      const t = createTestIo({ stdinIsTTY: false });
      t.io.stdout = fullStream();
      expect(await runCli(args, t.io), args.join(' ')).toBe(1);
      expect(t.stderr(), args.join(' ')).toBe(
        'marketlens: cannot write stdout: no space left on device\n',
      );
    }
  });
});
