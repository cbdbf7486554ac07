import type { DimensionResult, Evidence } from '@marketlens/core';
import { describe, expect, it } from 'vitest';
import { evidence } from '../test-evidence.ts';
import { evidenceToQuote } from './quoted-evidence.ts';

const quoted = (lean: DimensionResult['lean'], found: Evidence[], perPole: number) =>
  evidenceToQuote({ lean, evidence: found }, perPole).map((e) => e.text);

describe('evidenceToQuote', () => {
  const found = [
    evidence('CRM', 'customer'),
    evidence('TV', 'consumer'),
    evidence('loyalty', 'customer'),
    evidence('YouTube', 'consumer'),
    evidence('awareness', 'consumer'),
    evidence('reach', 'consumer'),
  ];

  it('quotes only words for the pole a dimension leans to, in text order', () => {
    expect(quoted('consumer', found, 3)).toEqual(['TV', 'YouTube', 'awareness']);
    expect(quoted('customer', found, 3)).toEqual(['CRM', 'loyalty']);
  });

  it('quotes nothing when no word speaks for the lean, and nothing beside "unknown"', () => {
    expect(quoted('consumer', [evidence('CRM', 'customer')], 3)).toEqual([]);
    expect(quoted('unknown', found, 3)).toEqual([]);
  });

  it('lets the poles take turns beside "mixed", customer first', () => {
    expect(quoted('mixed', found, 2)).toEqual(['CRM', 'TV', 'loyalty', 'YouTube']);
    expect(quoted('mixed', [evidence('TV', 'consumer')], 2)).toEqual(['TV']);
  });

  it('quotes words said twice once, whatever their case, but keeps a negated repeat apart', () => {
    const repeated = [
      evidence('Loyalty', 'customer'),
      evidence('loyalty', 'customer'),
      evidence('loyalty', 'customer', true),
    ];
    expect(evidenceToQuote({ lean: 'customer', evidence: repeated }, 3)).toEqual([
      repeated[0],
      repeated[2],
    ]);
  });
});
