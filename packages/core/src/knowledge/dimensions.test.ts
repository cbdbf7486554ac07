import { describe, expect, it } from 'vitest';
import { dimensions } from './dimensions.ts';

describe('dimensions', () => {
  it('lists the move for business buyers and for people beside the general one', () => {
    const focus = dimensions.find((d) => d.id === 'focus');
    expect(focus?.customer.implications).toContain(
      'With businesses as buyers: Keep each account with regular business reviews and a renewal plan',
    );
    const audience = dimensions.find((d) => d.id === 'audience');
    expect(audience?.customer.implications[0]).toBe(
      'Address the decision-maker who signs and pays',
    );
    expect(audience?.customer.implications).toContain(
      'With people as buyers: Address the people who pay in the light of what they already buy',
    );
  });
});
