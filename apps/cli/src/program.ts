/**
 * The `marketlens` argument grammar (commander) and dispatch to the commands. Each command
 * module is a function of injected streams that returns an exit code.
 *
 * @module
 */
import { DIMENSION_IDS } from '@marketlens/core/dimension-ids';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import packageJson from '../package.json' with { type: 'json' };
import { ANSWER_CHOICES, type AssessCommandOptions } from './commands/assess-options.ts';
import { EXIT, type ExitCode, type Io, WriteError, write } from './io.ts';

// Each command's module (and the core, and Ink) loads when the command runs: `--help`,
// `--version` and a usage error answer without loading the classifier. A command that may
// classify first hands the core its precomputed pattern stems: it loads in about half the time.
const fastStart = async () => (await import('@marketlens/core/fast-start')).enableFastStart();
const start = async (io: Io) => {
  await fastStart();
  return (await import('./commands/start.ts')).runStart(io);
};
const knowledge = () => import('./commands/knowledge.ts');

const EXAMPLES = `
Examples:
  $ marketlens                                   # the terminal UI
  $ marketlens classify "Loyalty programme with volume rebates for our top resellers."
  $ marketlens classify --json --file brief.txt
  $ marketlens batch --input briefs.jsonl --output results.jsonl
  $ marketlens assess --scope customer --audience consumer --focus both
  $ marketlens define customer-marketing

Exit codes: 0 ok, 1 bad input (files, records, texts), 2 bad usage (flags, arguments).`;

function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) {
    throw new InvalidArgumentError('expected a whole number from 1 to 64');
  }
  return jobs;
}

/** How many single-character edits turn `a` into `b` (Levenshtein). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(
        Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The error for operands that name no command: the command it was likely meant to be, or, since
 * what a user most often puts there is the text itself, how to give a text to `classify`.
 */
export function unknownCommand(args: readonly string[], commands: readonly string[]): string {
  // Cut by characters, not UTF-16 units, so an emoji is never split.
  const cut = (text: string, max: number) => {
    const characters = [...text];
    return characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : text;
  };
  const [first = ''] = args;
  const named = `error: unknown command '${cut(first.replace(/\s+/g, ' '), 40)}'`;
  const text = args.join(' ').replace(/\s+/g, ' ').trim();
  const typed = first.trim().toLowerCase();
  const near = commands.find(
    (name) => editDistance(typed, name) <= Math.min(2, Math.floor(name.length / 3)),
  );
  // One word is a command mistyped ("clasify"); more may be a text whose first word looks like
  // one ("Classic cars for collectors"): then both hints.
  if (near !== undefined && args.length === 1) return `${named} (did you mean ${near}?)`;
  // The text as the shell takes it back, in single quotes: "$5 off" is not expanded. A long one
  // is not echoed cut short, which would classify the wrong text.
  const quoted = `'${text.replaceAll("'", "'\\''")}'`;
  const hint =
    text === '' || [...text].length > 60
      ? "a text goes to a command: marketlens classify 'your text', or --file"
      : `a text goes to a command: marketlens classify ${quoted}`;
  return `${named} (${near === undefined ? '' : `did you mean ${near}? or `}${hint})`;
}

/**
 * `--version` takes no arguments: any operand beside it (a stray word, a command) is a usage
 * error that names it, in the words commander uses when a command is given too many.
 */
function refuseVersionArguments(program: Command): void {
  const { args } = program;
  if (args.length === 0) return;
  program.error(
    `error: too many arguments for '--version'. Expected 0 arguments but got ${args.length}: ${args.join(', ')}.`,
    { code: 'commander.excessArguments' },
  );
}

/** Builds the program; `setCode` receives the exit code of the command that ran. */
export function createProgram(io: Io, setCode: (code: ExitCode) => void): Command {
  const program = new Command('marketlens')
    .description(
      'Customer or consumer marketing? Classifies a brief, a campaign, a segment or a strategy, with reasons.\n' +
        'With no command: the terminal UI in a terminal; otherwise classifies stdin, or explains itself.',
    )
    // A plain flag, answered by the root's action: commander's .version() prints and exits the
    // moment it meets the flag, anywhere in argv, so `--version extra` and `classify "…" -v`
    // printed the version, exit 0, instead of refusing what they were given.
    .option('-v, --version', 'output the version number')
    // The root's options come before a command: after it, `-v` is the command's (unknown) flag.
    .enablePositionalOptions()
    .configureOutput({
      writeOut: (text) => {
        try {
          io.stdout.write(text);
        } catch (error) {
          throw new WriteError(io.stdout, error);
        }
      },
      writeErr: (text) => {
        try {
          io.stderr.write(text);
        } catch {
          // nowhere left to tell: the exit code says it
        }
      },
    })
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', EXAMPLES)
    .hook('preSubcommand', () => {
      if (program.opts().version === true) refuseVersionArguments(program);
    })
    .action(async (options: { version?: boolean }) => {
      if (options.version === true) {
        refuseVersionArguments(program);
        await write(io.stdout, `${packageJson.version}\n`);
        setCode(EXIT.ok);
        return;
      }
      if (program.args.length > 0) {
        const names = program.commands.map((c) => c.name());
        program.error(unknownCommand(program.args, names), { code: 'commander.unknownCommand' });
      }
      setCode(await start(io));
    });

  program
    .command('ui')
    .description('the interactive terminal UI (needs a terminal)')
    .action(async () => setCode(await start(io)));

  program
    .command('classify')
    .description('classify one text: from the argument, --file, or stdin')
    .argument('[text...]', 'the text (several words are joined by spaces)')
    .option('-f, --file <path>', 'read the text from a file (- for stdin)')
    .option('--json', "print the core's result object as JSON")
    .action(async (words: string[], options: { file?: string; json?: boolean }) => {
      await fastStart();
      const { runClassify } = await import('./commands/classify.ts');
      setCode(await runClassify(io, { words, ...options }));
    });

  program
    .command('batch')
    .description('classify every record of a JSONL or CSV file, one output record per input record')
    .requiredOption('-i, --input <file>', 'input file, or - for stdin (required)')
    .option('-o, --output <file>', 'write results here instead of stdout')
    .addOption(
      new Option(
        '--format <format>',
        "output format (default: by --output's extension, .csv or .jsonl, else jsonl)",
      ).choices(['jsonl', 'csv']),
    )
    .addOption(
      new Option(
        '--format-in <format>',
        'input format (default: by extension, else sniffed)',
      ).choices(['jsonl', 'csv']),
    )
    .option('-q, --quiet', 'no progress bar and no summary on stderr')
    .addOption(
      new Option(
        '-j, --jobs <n>',
        'threads that classify, 1 to 64, the main thread included (1: the main thread alone; default: by input size and CPUs, at most 8)',
      ).argParser(parseJobs),
    )
    .addHelpText(
      'after',
      '\nInput: JSONL lines {"id"?: string|number, "text": string}, or CSV with a header naming a\n' +
        '"text" column and optionally an "id" column. Output: {id, ...result} per good record,\n' +
        '{id?, line, error} per bad one. Exit code 1 when any record failed. Ctrl-C stops the\n' +
        'reading: the records read so far are written whole, then exit code 130.',
    )
    .action(async (options) => {
      await fastStart();
      const { runBatch } = await import('./commands/batch.ts');
      setCode(await runBatch(io, options));
    });

  program
    .command('define')
    .description('the four terms: customer/consumer market, customer/consumer marketing')
    .argument('[term]', 'e.g. customer-marketing')
    .option('--json', 'print JSON')
    .action(async (term: string | undefined, options: { json?: boolean }) =>
      setCode(await (await knowledge()).runDefine(io, term, options)),
    );

  program
    .command('dimensions')
    .description('the seven dimensions a text is judged on')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) =>
      setCode(await (await knowledge()).runDimensions(io, options)),
    );

  program
    .command('compare')
    .description('customer vs consumer marketing, side by side')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) =>
      setCode(await (await knowledge()).runCompare(io, options)),
    );

  const assess = program
    .command('assess')
    .description('answer the seven questions (interactive in a terminal, or as flags)');
  for (const id of DIMENSION_IDS) {
    assess.addOption(new Option(`--${id} <answer>`, `answer for ${id}`).choices(ANSWER_CHOICES));
  }
  assess
    .option('--purchaser <who>', 'who pays, in your words')
    .option('--end-user <who>', 'who uses, in your words')
    .option('--json', "print the core's result object as JSON")
    .action(async (options: AssessCommandOptions) => {
      await fastStart();
      const { runAssess } = await import('./commands/assess.ts');
      setCode(await runAssess(io, options));
    });

  // "marketlens help classify", as git and npm answer it; a command it does not know is a usage
  // error, as on the root (commander's own help command shows the root's help for it).
  program
    .command('help')
    .description('display help for a command')
    .argument('[command]', 'the command')
    .action((name: string | undefined) => {
      const command = program.commands.find((c) => c.name() === name);
      if (name !== undefined && command === undefined) {
        program.error(`error: unknown command '${name}'`, { code: 'commander.unknownCommand' });
      }
      (command ?? program).help();
    });

  // The root takes any operand, to name an unknown command in its own words. Set last: a
  // command copies its parent's settings when it is created, and the commands above must keep
  // commander's default and refuse arguments they do not declare ("too many arguments").
  program.allowExcessArguments();

  return program;
}

/**
 * Parses `args` (without `node` and the script) and runs the command. Usage errors exit 2.
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv.slice(2), processIo());
 * ```
 */
export async function runCli(args: readonly string[], io: Io): Promise<ExitCode> {
  let code: ExitCode = EXIT.ok;
  const program = createProgram(io, (value) => {
    code = value;
  });
  try {
    await program.parseAsync([...args], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof WriteError) {
      const { reportError } = await import('./commands/errors.ts');
      return reportError(io, error);
    }
    if (!(error instanceof CommanderError)) throw error;
    const quiet = ['commander.helpDisplayed', 'commander.help'];
    return quiet.includes(error.code) ? EXIT.ok : EXIT.usage;
  }
}
