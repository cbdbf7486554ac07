import { describe, expect, it } from 'vitest';
import { assess } from './assess.ts';
import { checkAnswers } from './check-answers.ts';

describe('checkAnswers (assess from JavaScript)', () => {
  it('accepts any subset of valid answers, roles as strings, and keys it does not know', () => {
    expect(() => checkAnswers({})).not.toThrow();
    expect(() =>
      checkAnswers({ focus: 'both', market: 'unsure', purchaser: 'parents', note: 1 }),
    ).not.toThrow();
  });

  it('names the field and what it got when an answer is not one the questions take', () => {
    expect(() => checkAnswers({ audience: 'Customer' })).toThrow(
      new TypeError(
        'answers.audience must be "customer", "consumer", "both" or "unsure", got "Customer"',
      ),
    );
    expect(() => checkAnswers({ focus: null })).toThrow(/answers\.focus .* got null/);
    expect(() => checkAnswers({ scope: 1 })).toThrow(/got number/);
    expect(() => checkAnswers({ purchaser: 42 })).toThrow(
      new TypeError('answers.purchaser must be a string, got number'),
    );
  });

  it('refuses what is not an object of answers', () => {
    for (const bad of [undefined, null, 'customer', 3, ['customer']])
      expect(() => checkAnswers(bad)).toThrow(TypeError);
    expect(() => assess(undefined as never)).toThrow(/assess expects an object of answers/);
  });

  it('lets assess treat the same role in other letter case as one role', () => {
    expect(
      assess({ audience: 'consumer', purchaser: 'Parents', endUser: 'parents' }).roles.differ,
    ).toBe(false);
  });
});
