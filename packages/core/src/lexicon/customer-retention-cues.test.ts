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

  it('read buyers picked out by how often they buy from us', () => {
    const scope = (text: string) => classify(text).dimensions.scope.evidence.map((e) => e.cue);
    expect(
      scope('Parents booking weekly sessions get a short report after every lesson.'),
    ).toContain('frequent-buying');
    expect(scope('Owners booking three or more days a week get first pick of slots.')).toContain(
      'counted-bookings',
    );
  });

  it('read "national accounts" and "a broad range" as no market at large', () => {
    const scope = (text: string) => classify(text).dimensions.scope.evidence.map((e) => e.cue);
    expect(scope('Our national accounts team reviews pricing with each chain.')).not.toContain(
      'mass-scale',
    );
    expect(scope('A national TV campaign for the new range.')).toContain('mass-scale');
  });
});
