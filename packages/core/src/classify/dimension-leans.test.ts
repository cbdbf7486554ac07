import { describe, expect, it } from 'vitest';
import { classify } from './classify.ts';
import { knownThreshold, leanOf, saysNothingOf } from './dimension-leans.ts';

const none = { customer: 0, consumer: 0 };

describe('leanOf', () => {
  it('reads a programme for buyers as keeping them even when no word is about the goal', () => {
    expect(knownThreshold('focus', 'customer')).toBe(0);
    expect(leanOf('focus', none, 'customer')).toBe('customer');
    // A consumer or hybrid text still needs evidence before its focus is judged.
    expect(leanOf('focus', none, 'consumer')).toBe('unknown');
    expect(leanOf('focus', none, 'hybrid')).toBe('unknown');
    expect(
      classify('VIP lounge access for our highest-tier cardholders.').dimensions.focus.lean,
    ).toBe('customer');
  });

  it('lets any word on the relationship or usage count where the orientation agrees', () => {
    const faint = { customer: 0.2, consumer: 0 };
    expect(leanOf('relationship', faint, 'customer')).toBe('customer');
    expect(leanOf('relationship', none, 'customer')).toBe('unknown');
    expect(leanOf('emphasis', { customer: 0, consumer: 0.2 }, 'consumer')).toBe('consumer');
    // A consumer text needs more before its relationship is judged, a hybrid before its insight.
    expect(leanOf('relationship', { customer: 0, consumer: 0.3 }, 'consumer')).toBe('unknown');
    expect(leanOf('insight', { customer: 1, consumer: 0.5 }, 'hybrid')).toBe('unknown');
  });

  it('leaves a dimension the text says nothing about unknown', () => {
    expect(leanOf('insight', none, 'customer')).toBe('unknown');
    expect(leanOf('insight', { customer: 0.5, consumer: 0 }, 'customer')).toBe('unknown');
    expect(leanOf('insight', { customer: 2, consumer: 0 }, 'customer')).toBe('customer');
  });

  it('reads no scope or audience into a text that describes no programme', () => {
    expect(saysNothingOf('scope', 0)).toBe(true);
    expect(saysNothingOf('audience', 1)).toBe(true);
    expect(saysNothingOf('audience', 4)).toBe(false);
    expect(saysNothingOf('market', 0)).toBe(false);
    const description = classify('Payroll software for growing businesses.');
    expect(description.dimensions.scope.lean).toBe('unknown');
    expect(description.dimensions.audience.lean).toBe('unknown');
    expect(description.dimensions.market.lean).toBe('customer');
    // A programme implies both.
    const programme = classify(
      'Renewal calls and a loyalty discount for our top wholesale accounts.',
    );
    expect(programme.dimensions.scope.lean).toBe('customer');
    expect(programme.dimensions.audience.lean).toBe('customer');
  });

  it('reads the market off faint evidence of who buys before falling back on the orientation', () => {
    expect(leanOf('market', { customer: 0, consumer: 0.3 }, 'customer')).toBe('consumer');
    expect(leanOf('market', { customer: 0.4, consumer: 0 }, 'consumer')).toBe('customer');
    expect(leanOf('market', none, 'customer')).toBe('customer');
    expect(leanOf('market', none, 'hybrid')).toBe('consumer');
  });
});
