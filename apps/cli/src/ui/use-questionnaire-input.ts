/**
 * Keys of the questionnaire: arrows to choose, Enter or → to answer, 1–4 to answer with that
 * option (on the result, 1–7 to open that question), ← or Backspace to go back, `r` to start
 * again.
 *
 * @module
 */
import { useInput } from 'ink';
import type { QuestionnaireAction } from './questionnaire-state.ts';

/** Dispatches questionnaire actions while `isActive`. */
export function useQuestionnaireInput(
  dispatch: (action: QuestionnaireAction) => void,
  isActive: boolean,
): void {
  useInput(
    (input, key) => {
      if (key.upArrow) dispatch({ type: 'up' });
      else if (key.downArrow) dispatch({ type: 'down' });
      else if (key.return || key.rightArrow) dispatch({ type: 'choose' });
      else if (key.leftArrow || key.backspace) dispatch({ type: 'back' });
      else {
        // Keys pressed in quick succession arrive as one string ("\r\r"): take each.
        for (const char of input) {
          if (char === '\r' || char === '\n') dispatch({ type: 'choose' });
          else if (char === 'r') dispatch({ type: 'restart' });
          else if (char >= '1' && char <= '9') dispatch({ type: 'number', n: Number(char) });
        }
      }
    },
    { isActive },
  );
}
