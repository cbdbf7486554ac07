import { describe, expect, it } from 'vitest';
import {
  initialQuestionnaire,
  QUESTION_COUNT,
  type QuestionnaireAction,
  questionnaireReducer,
} from './questionnaire-state.ts';

type Simple = Exclude<QuestionnaireAction, { type: 'number' }>['type'];
const run = (...actions: Simple[]) =>
  actions.reduce((state, type) => questionnaireReducer(state, { type }), initialQuestionnaire);
const all = Array<Simple>(QUESTION_COUNT).fill('choose');

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
    const done = run(...all);
    expect(done.step).toBe(QUESTION_COUNT);
    expect(Object.values(done.answers)).toEqual(Array(QUESTION_COUNT).fill('customer'));
    expect(questionnaireReducer(done, { type: 'choose' })).toBe(done);
    expect(questionnaireReducer(done, { type: 'back' }).step).toBe(QUESTION_COUNT - 1);
  });

  it('does not go back past the first question, and restarts from scratch', () => {
    expect(run('back')).toBe(initialQuestionnaire);
    expect(run('choose', 'choose', 'restart')).toEqual(initialQuestionnaire);
  });

  it('answers with the option a number key names, on a question', () => {
    const state = questionnaireReducer(initialQuestionnaire, { type: 'number', n: 2 });
    expect(state).toMatchObject({ step: 1, answers: { scope: 'consumer' } });
    expect(questionnaireReducer(initialQuestionnaire, { type: 'number', n: 5 })).toBe(
      initialQuestionnaire,
    );
  });

  it('goes straight back to the result after changing an answer once all are answered', () => {
    const back = run(...all, 'back', 'back', 'back', 'back', 'back');
    expect(back.step).toBe(2);
    const changed = questionnaireReducer(back, { type: 'number', n: 2 });
    expect(changed.step).toBe(QUESTION_COUNT);
    expect(changed.answers.focus).toBe('consumer');
  });

  it('opens question n from the result with a number key', () => {
    const done = run(...all);
    const third = questionnaireReducer(done, { type: 'number', n: 3 });
    expect(third).toMatchObject({ step: 2, selected: 0 });
    expect(questionnaireReducer(done, { type: 'number', n: 8 })).toBe(done);
  });
});
