/**
 * `marketlens assess`: the seven-question questionnaire, answered in a terminal UI or as flags
 * (`--scope customer --audience consumer …`), scored by the core's `assess`.
 *
 * @module
 */
import { type Answers, assess, dimensions } from '@marketlens/core';
import { formatClassification } from '../format/classification.ts';
import { createColors, shouldColor } from '../format/colors.ts';
import { EXIT, type ExitCode, type Io, write } from '../io.ts';
import type { AssessCommandOptions } from './assess-options.ts';
import { CliError, reportError } from './errors.ts';

/** Asks the questions in a terminal; resolves `undefined` when the user quits. */
export type AskInteractively = (io: Io) => Promise<Answers | undefined>;

const askWithInk: AskInteractively = async (io) => {
  const { runQuestionnaire } = await import('../ui/run-questionnaire.tsx');
  return runQuestionnaire(io);
};

const MAX_ROLE_LENGTH = 500;

/** The answers the flags give, or `undefined` when no flag answers anything. */
export function answersFromFlags(options: AssessCommandOptions): Answers | undefined {
  const answers: Answers = {};
  for (const dimension of dimensions) {
    const answer = options[dimension.id];
    if (answer !== undefined) answers[dimension.id] = answer;
  }
  for (const role of ['purchaser', 'endUser'] as const) {
    const value = options[role];
    if (value === undefined) continue;
    if (value.length > MAX_ROLE_LENGTH) {
      const flag = role === 'endUser' ? '--end-user' : '--purchaser';
      throw new CliError(`${flag} is longer than ${MAX_ROLE_LENGTH} characters`, EXIT.usage);
    }
    answers[role] = value;
  }
  return Object.keys(answers).length === 0 ? undefined : answers;
}

/**
 * Scores the answers from the flags, or asks the questions when there are none and the
 * terminal is interactive.
 */
export async function runAssess(
  io: Io,
  options: AssessCommandOptions,
  ask: AskInteractively = askWithInk,
): Promise<ExitCode> {
  try {
    let answers = answersFromFlags(options);
    if (answers === undefined) {
      if (!io.stdinIsTTY || !io.stdoutIsTTY) {
        throw new CliError(
          'no answers: give them as flags (e.g. --scope customer --audience consumer), or run in a terminal',
          EXIT.usage,
        );
      }
      answers = await ask(io);
      if (answers === undefined) return EXIT.ok;
    }
    const result = assess(answers);
    const colors = createColors(shouldColor(io.stdoutIsTTY, io.env));
    await write(
      io.stdout,
      options.json
        ? `${JSON.stringify(result)}\n`
        : formatClassification(result, { colors, width: io.columns ?? 80, basis: 'answers' }),
    );
    return EXIT.ok;
  } catch (error) {
    return reportError(io, error);
  }
}
