import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.ts';

describe('tokenize', () => {
  it('keeps offsets into the original text', () => {
    const text = 'Win-back emails: 15% off, isn’t it?';
    for (const token of tokenize(text)) {
      expect(text.slice(token.start, token.end).length).toBe(token.end - token.start);
    }
    expect(tokenize(text).map((t) => t.norm)).toEqual([
      'win',
      'back',
      'emails',
      ':',
      '15%',
      'off',
      ',',
      'is',
      'not',
      'it',
      '?',
    ]);
  });

  it('expands shorthand and unifies spelling before stemming', () => {
    const [a, b] = tokenize('personalised personalized');
    expect(a?.stem).toBe(b?.stem);
    expect(tokenize('accts')[0]?.norm).toBe('accounts');
    expect(tokenize('dont')[0]?.norm).toBe('not');
    expect(tokenize('behaviour')[0]?.stem).toBe(tokenize('behavior')[0]?.stem);
  });

  it('marks clause breaks', () => {
    expect(tokenize('a; b. c - d').map((t) => t.kind)).toEqual([
      'word',
      'break',
      'word',
      'break',
      'word',
      'break',
      'word',
    ]);
  });
});
