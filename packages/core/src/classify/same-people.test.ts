import { describe, expect, it } from 'vitest';
import { assess } from '../assess/assess.ts';
import { peopleNamed } from './same-people.ts';

describe('peopleNamed', () => {
  it('reads case and a leading article or possessive as the same people', () => {
    expect(peopleNamed('The gamers')).toBe(peopleNamed('gamers'));
    expect(peopleNamed('our Members')).toBe(peopleNamed('members'));
    expect(peopleNamed('parents')).not.toBe(peopleNamed('kids'));
    // Only a leading article: "the other parents" are not "parents".
    expect(peopleNamed('the other parents')).not.toBe(peopleNamed('parents'));
  });

  it('is how assess judges who pays against who uses, as classify does', () => {
    const answers = { scope: 'customer', audience: 'customer' } as const;
    const same = assess({ ...answers, purchaser: 'The hospital', endUser: 'hospital' });
    const differ = assess({ ...answers, purchaser: 'The hospital', endUser: 'nurses' });
    const moves = (r: typeof same) => r.recommendations.map((m) => m.title);
    expect(moves(differ)).toContain('Keep the payer close, and watch the users');
    expect(moves(same)).not.toContain('Keep the payer close, and watch the users');
  });
});
