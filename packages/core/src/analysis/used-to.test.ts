import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize.ts';
import { isUsedTo } from './used-to.ts';

const at = (text: string, word: string) => {
  const tokens = tokenize(text);
  return isUsedTo(
    tokens,
    tokens.findIndex((t) => t.norm === word),
  );
};

describe('isUsedTo', () => {
  it('reads "used to" as a habit, not "used" alone or "use to"', () => {
    expect(at('Regulars who used to come in.', 'used')).toBe(true);
    expect(at('Nurses who used the old pumps.', 'used')).toBe(false);
    expect(at('Nurses who use to-do lists.', 'use')).toBe(false);
  });
});
