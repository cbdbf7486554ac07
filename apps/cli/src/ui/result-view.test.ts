import type { DimensionResult, Evidence } from '@marketlens/core';
import { describe, expect, it } from 'vitest';
import { evidence } from '../test-evidence.ts';
import { dimensionQuote, strengthBar } from './result-view.tsx';

const dimension = (
  lean: DimensionResult['lean'],
  strength: number,
  found: Evidence[] = [],
): Pick<DimensionResult, 'lean' | 'strength' | 'evidence'> => ({ lean, strength, evidence: found });

describe('strengthBar', () => {
  it('fills a cell per fifth of strength for a lean to one pole', () => {
    expect(strengthBar({ lean: 'customer', strength: 0.6 })).toBe('■■■··');
    expect(strengthBar({ lean: 'consumer', strength: 1 })).toBe('■■■■■');
  });

  it('fills at least one cell beside a lean to one pole, however weak', () => {
    expect(strengthBar({ lean: 'customer', strength: 0.05 })).toBe('■····');
    expect(strengthBar({ lean: 'consumer', strength: 0 })).toBe('■····');
  });

  it('stays empty beside "mixed" and "unknown", whatever the evidence weighs', () => {
    expect(strengthBar({ lean: 'unknown', strength: 0.6 })).toBe('·····');
    expect(strengthBar({ lean: 'mixed', strength: 0.4 })).toBe('·····');
  });
});

describe('dimensionQuote', () => {
  it('quotes the first words for the pole the dimension leans to', () => {
    const found = [evidence('volume rebates', 'customer'), evidence('kids', 'consumer')];
    expect(dimensionQuote(dimension('consumer', 0.5, found))).toBe('“kids”');
    expect(dimensionQuote(dimension('customer', 0.5, found))).toBe('“volume rebates”');
    expect(
      dimensionQuote(dimension('customer', 0.5, [evidence('preference', 'customer', true)])),
    ).toBe('not “preference”');
  });

  it('quotes nothing beside "—", nor words against the lean', () => {
    expect(dimensionQuote(dimension('unknown', 0, [evidence('kids', 'consumer')]))).toBeUndefined();
    expect(
      dimensionQuote(dimension('customer', 0.2, [evidence('kids', 'consumer')])),
    ).toBeUndefined();
  });

  it('quotes a word for each pole beside "mixed"', () => {
    const found = [evidence('kids', 'consumer'), evidence('resellers', 'customer')];
    expect(dimensionQuote(dimension('mixed', 0.1, found))).toBe('“resellers” / “kids”');
  });
});
