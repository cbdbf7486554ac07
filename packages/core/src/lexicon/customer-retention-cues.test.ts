import { describe, expect, it } from 'vitest';
import { classify } from '../classify/classify.ts';

describe('retention cues', () => {
  it('read a stamp card and a free nth purchase as rewarding repeat buying', () => {
    const focus = classify(
      'Bakery: a card we stamp at the till, and the ninth sourdough is on us.',
    ).dimensions.focus.evidence.map((e) => e.cue);
    expect(focus).toEqual(expect.arrayContaining(['stamped-card', 'nth-on-us']));
    expect(
      classify('Free coffee on your tenth visit.').dimensions.focus.evidence.map((e) => e.cue),
    ).toContain('every-nth');
  });
});
