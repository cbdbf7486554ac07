import { describe, expect, it } from 'vitest';
import { packHints } from './key-hints.ts';

describe('packHints', () => {
  const hints = ['Enter new line', '←↑↓→ move', 'Ctrl-U clear', 'Esc quit'];

  it('puts as many hints on a line as fit, in order', () => {
    expect(packHints(hints, 80)).toEqual(['Enter new line · ←↑↓→ move · Ctrl-U clear · Esc quit']);
    expect(packHints(hints, 30)).toEqual(['Enter new line · ←↑↓→ move', 'Ctrl-U clear · Esc quit']);
  });

  it('never breaks a hint, and has no line for no hints', () => {
    expect(packHints(['a very long hint'], 5)).toEqual(['a very long hint']);
    expect(packHints([], 40)).toEqual([]);
  });
});
