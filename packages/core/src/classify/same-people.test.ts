import { describe, expect, it } from 'vitest';
import { assess } from '../assess/assess.ts';
import { namesSamePeople } from './same-people.ts';

describe('namesSamePeople', () => {
  it('reads case and a leading article or possessive as the same people', () => {
    expect(namesSamePeople('The gamers', 'gamers')).toBe(true);
    expect(namesSamePeople('our Members', 'members')).toBe(true);
    expect(namesSamePeople('parents', 'kids')).toBe(false);
    // Only a leading article: "the other parents" are not "parents".
    expect(namesSamePeople('parents', 'the other parents')).toBe(false);
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
