/**
 * The questionnaire as a reducer: which question is open, which option is selected, and the
 * answers so far. Step 7 (past the last question) shows the result. Once all seven are answered,
 * answering a question again goes straight back to the result.
 *
 * @module
 */
import { type Answer, type Answers, type Dimension, dimensions } from '@marketlens/core';

/** Where the questionnaire stands. */
export type QuestionnaireState = {
  step: number;
  selected: number;
  answers: Answers;
};

/** What the keys do. */
export type QuestionnaireAction =
  | { type: 'up' }
  | { type: 'down' }
  | { type: 'choose' }
  | { type: 'back' }
  | { type: 'restart' }
  /** A number key: on a question, answer with option n; on the result, open question n. */
  | { type: 'number'; n: number };

/** An option of a question: the words shown and the answer it records. */
export type Option = { label: string; answer: Answer };

/** The four options of a dimension's question, customer pole first. */
export function optionsOf(dimension: Dimension): Option[] {
  return [
    { label: dimension.customer.answer, answer: 'customer' },
    { label: dimension.consumer.answer, answer: 'consumer' },
    { label: 'Both, about equally', answer: 'both' },
    { label: 'Not sure, or it does not apply', answer: 'unsure' },
  ];
}

/** The number of questions. */
export const QUESTION_COUNT = dimensions.length;

/** A fresh questionnaire at the first question. */
export const initialQuestionnaire: QuestionnaireState = { step: 0, selected: 0, answers: {} };

function selectedFor(answers: Answers, step: number): number {
  const dimension = dimensions[step];
  if (dimension === undefined) return 0;
  const index = optionsOf(dimension).findIndex((o) => o.answer === answers[dimension.id]);
  return Math.max(0, index);
}

/** Whether every question has an answer. */
export function allAnswered(answers: Answers): boolean {
  return dimensions.every((dimension) => answers[dimension.id] !== undefined);
}

/** The next state after `action`. */
export function questionnaireReducer(
  state: QuestionnaireState,
  action: QuestionnaireAction,
): QuestionnaireState {
  const done = state.step >= QUESTION_COUNT;
  switch (action.type) {
    case 'up':
      return done ? state : { ...state, selected: (state.selected + 3) % 4 };
    case 'down':
      return done ? state : { ...state, selected: (state.selected + 1) % 4 };
    case 'choose': {
      const dimension = dimensions[state.step];
      if (dimension === undefined) return state;
      const option = optionsOf(dimension)[state.selected] as Option;
      const answers = { ...state.answers, [dimension.id]: option.answer };
      const step = allAnswered(answers) ? QUESTION_COUNT : state.step + 1;
      return { step, selected: selectedFor(answers, step), answers };
    }
    case 'number': {
      if (done) {
        if (action.n < 1 || action.n > QUESTION_COUNT) return state;
        const step = action.n - 1;
        return { ...state, step, selected: selectedFor(state.answers, step) };
      }
      if (action.n < 1 || action.n > 4) return state;
      return questionnaireReducer({ ...state, selected: action.n - 1 }, { type: 'choose' });
    }
    case 'back': {
      if (state.step === 0) return state;
      const step = state.step - 1;
      return { ...state, step, selected: selectedFor(state.answers, step) };
    }
    case 'restart':
      return initialQuestionnaire;
  }
}
