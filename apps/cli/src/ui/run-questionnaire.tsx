/**
 * Runs the questionnaire in the terminal for `marketlens assess`; loaded lazily.
 *
 * @module
 */
import type { Answers } from '@marketlens/core';
import { render } from 'ink';
import { shouldColor } from '../format/colors.ts';
import type { Io } from '../io.ts';
import { QuestionnaireApp } from './questionnaire-app.tsx';

/** Asks the questions; resolves with the answers, or `undefined` when the user cancels. */
export async function runQuestionnaire(io: Io): Promise<Answers | undefined> {
  let answers: Answers | undefined;
  const instance = render(
    <QuestionnaireApp
      color={shouldColor(io.stdoutIsTTY, io.env)}
      onDone={(value) => {
        answers = value;
      }}
    />,
    { stdin: io.stdin, stdout: io.stdout, stderr: io.stderr, exitOnCtrlC: true, interactive: true },
  );
  await instance.waitUntilExit();
  return answers;
}
