/**
 * `marketlens` with no command: the terminal UI when both ends are terminals; otherwise
 * something useful without raw mode — classify piped text, or print an orientation.
 *
 * @module
 */
import { workedExamples } from '@marketlens/core';
import { createColors, shouldColor } from '../format/colors.ts';
import { EXIT, type ExitCode, type Io, write } from '../io.ts';
import { printClassification, renderClassification } from './classify.ts';
import { reportError } from './errors.ts';
import { readStdin } from './read-text.ts';

/** Starts the interactive UI and resolves with its exit code. */
export type LaunchUi = (io: Io) => Promise<ExitCode>;

const launchInk: LaunchUi = async (io) => {
  const { runUi } = await import('../ui/run-ui.tsx');
  return runUi(io);
};

/** What marketlens is, one worked example classified, and the commands to try. */
export function orientation(io: Io): string {
  const colors = createColors(shouldColor(io.stdoutIsTTY, io.env));
  const example = workedExamples.find((e) => e.id === 'toy-ads') ?? workedExamples[0];
  const lines = [
    colors.bold('marketlens') +
      ' tells whether a marketing brief, campaign, segment or strategy is CUSTOMER marketing',
    '(aimed at whoever pays: retention, loyalty, renewals, accounts), CONSUMER marketing (aimed',
    'at whoever uses: awareness, demand, usage benefits), or HYBRID — with reasons per dimension.',
    '',
  ];
  if (example !== undefined) {
    lines.push(colors.bold('Example: ') + colors.dim(`“${example.text}”`), '');
    lines.push(renderClassification(io, example.text, false).trimEnd(), '');
  }
  lines.push(
    colors.bold('Try'),
    '  marketlens                          the terminal UI (in a terminal)',
    '  marketlens classify "<brief>"       classify one text (--json for machines)',
    '  echo "<brief>" | marketlens         classify piped text',
    '  marketlens batch --input file.jsonl classify a JSONL or CSV file, one result per record',
    '  marketlens assess                   answer seven questions instead',
    '  marketlens define | dimensions | compare',
    '  marketlens --help',
  );
  return `${lines.join('\n')}\n`;
}

/** Runs the UI, or classifies stdin, or prints the orientation. Never asks for raw mode off a TTY. */
export async function runStart(io: Io, launch: LaunchUi = launchInk): Promise<ExitCode> {
  if (io.stdinIsTTY && io.stdoutIsTTY) return launch(io);
  if (!io.stdinIsTTY) {
    try {
      const piped = await readStdin(io);
      if (piped.text.trim() !== '') return await printClassification(io, piped, false);
    } catch (error) {
      return reportError(io, error);
    }
  }
  await write(io.stdout, orientation(io));
  return EXIT.ok;
}
