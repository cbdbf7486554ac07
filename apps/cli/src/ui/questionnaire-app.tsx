/**
 * The questionnaire on its own, for `marketlens assess` in a terminal: it ends by handing the
 * answers back once the last question is answered.
 *
 * @module
 */
import type { Answers } from '@marketlens/core';
import { Box, Text, useApp, useInput, useWindowSize } from 'ink';
import { useEffect, useReducer } from 'react';
import { wrap } from '../format/wrap.ts';
import { ColorContext } from './palette.ts';
import { QuestionnaireScreen } from './questionnaire-screen.tsx';
import {
  initialQuestionnaire,
  QUESTION_COUNT,
  questionnaireReducer,
} from './questionnaire-state.ts';
import { useQuestionnaireInput } from './use-questionnaire-input.ts';

/** The keys, shown under the question. */
const KEYS = '↑↓ choose · Enter/→/1–4 answer · ←/Backspace back · q/Esc cancel';
/** Rows a question keeps however short the terminal: the question and the selected option. */
const MIN_QUESTION_ROWS = 3;

/** Props of {@link QuestionnaireApp}. */
export type QuestionnaireAppProps = {
  onDone: (answers: Answers | undefined) => void;
  /** Whether to colour (off with `NO_COLOR`). */
  color?: boolean;
};

/** Asks the seven questions; Esc, `q` or Ctrl-C cancel. */
export function QuestionnaireApp({ onDone, color = true }: QuestionnaireAppProps) {
  const { exit } = useApp();
  const { columns, rows } = useWindowSize();
  const width = Math.max(20, columns - 1);
  const [state, dispatch] = useReducer(questionnaireReducer, initialQuestionnaire);
  const finished = state.step >= QUESTION_COUNT;
  useEffect(() => {
    if (!finished) return;
    onDone(state.answers);
    exit();
  }, [finished, state.answers, onDone, exit]);
  useInput((input, key) => {
    if (key.escape || input === 'q') {
      onDone(undefined);
      exit();
    }
  });
  useQuestionnaireInput(dispatch, !finished);
  if (finished) return null;
  return (
    <ColorContext value={color}>
      <Box flexDirection="column" width={width}>
        {/* The keys stay on screen (a blank row, then as many rows as they wrap to); the
            question scrolls to its selected option in what is left. */}
        <QuestionnaireScreen
          state={state}
          columns={width}
          height={Math.max(MIN_QUESTION_ROWS, rows - 1 - wrap(KEYS, width).length)}
        />
        <Box marginTop={1}>
          <Text dimColor>{wrap(KEYS, width).join('\n')}</Text>
        </Box>
      </Box>
    </ColorContext>
  );
}
