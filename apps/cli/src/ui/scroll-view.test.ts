import { describe, expect, it } from 'vitest';
import { hiddenRowsNote, revealTop } from './scroll-view.tsx';

describe('hiddenRowsNote', () => {
  it('counts the rows hidden on either side', () => {
    expect(hiddenRowsNote(0, 4)).toBe('↓ 4 rows below');
    expect(hiddenRowsNote(1, 0)).toBe('↑ 1 row above');
    expect(hiddenRowsNote(3, 1)).toBe('↑ 3 rows above · ↓ 1 row below');
  });
});

describe('revealTop', () => {
  it('scrolls as little as it takes to show the rows', () => {
    expect(revealTop(0, 2, 4, 5)).toBe(0); // already in view
    expect(revealTop(0, 6, 8, 5)).toBe(3); // below: scroll down to its end
    expect(revealTop(6, 2, 4, 5)).toBe(2); // above: scroll up to its start
  });

  it('shows the end of rows taller than the view', () => {
    expect(revealTop(0, 3, 12, 4)).toBe(8);
  });
});
