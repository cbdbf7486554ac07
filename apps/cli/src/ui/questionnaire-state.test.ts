import { describe, expect, it } from 'vitest';
import {
  initialQuestionnaire,
  QUESTION_COUNT,
  type QuestionnaireAction,
  questionnaireReducer,
} from './questionnaire-state.ts';

const run = (...actions: QuestionnaireAction['type'][]) =>
  actions.reduce((state, type) => questionnaireReducer(state, { type }), initialQuestionnaire);

describe('questionnaire reducer', () => {
  it('records the selected option and moves to the next question', () => {
    const state = run('down', 'choose');
    expect(state.step).toBe(1);
    expect(state.answers).toEqual({ scope: 'consumer' });
  });

  it('wraps the selection round the four options', () => {
    expect(run('up').selected).toBe(3);
    expect(run('down', 'down', 'down', 'down').selected).toBe(0);
  });

  it('goes back to a question with its answer selected, and can change it', () => {
    const back = run('down', 'down', 'choose', 'back');
    expect(back).toMatchObject({ step: 0, selected: 2 });
    const changed = questionnaireReducer(questionnaireReducer(back, { type: 'up' }), {
      type: 'choose',
    });
    expect(changed.answers.scope).toBe('consumer');
  });

  it('reaches the result after the seventh answer and ignores further choices', () => {
    const done = run(...Array<QuestionnaireAction['type']>(QUESTION_COUNT).fill('choose'));
    expect(done.step).toBe(QUESTION_COUNT);
    expect(Object.values(done.answers)).toEqual(Array(QUESTION_COUNT).fill('customer'));
    expect(questionnaireReducer(done, { type: 'choose' })).toBe(done);
    expect(questionnaireReducer(done, { type: 'back' }).step).toBe(QUESTION_COUNT - 1);
  });

  it('does not go back past the first question, and restarts from scratch', () => {
    expect(run('back')).toBe(initialQuestionnaire);
    expect(run('choose', 'choose', 'restart')).toEqual(initialQuestionnaire);
  });
});
