import { describe, expect, it } from 'vitest';
import { labelCoverage, partialCoverage } from '../../scripts/eval/coverage.ts';
import { DIMENSION_IDS, scoreDimensions } from '../../scripts/eval/dimension-score.ts';
import { scoreLabelledRole, scoreRole } from '../../scripts/eval/role-score.ts';
import type { PartialGoldCase } from '../../src/schemas/input.ts';
import type { DimensionId, Lean } from '../../src/schemas/vocabulary.ts';

const all = (lean: Lean) =>
  Object.fromEntries(DIMENSION_IDS.map((id) => [id, lean])) as Record<DimensionId, Lean>;

const base = { text: 't', orientation: 'customer' } as const;

describe('scoreDimensions', () => {
  it('is null when no line labels a dimension, not a table of zeros', () => {
    const cases: PartialGoldCase[] = [
      { ...base, id: 'a' },
      { ...base, id: 'b', dimensions: {} },
    ];
    expect(scoreDimensions(cases, [all('customer'), all('customer')])).toBeNull();
  });

  it('scores each dimension over the lines that label it, and says how many', () => {
    const cases: PartialGoldCase[] = [
      { ...base, id: 'a', dimensions: all('customer') },
      { ...base, id: 'b' },
      { ...base, id: 'c', dimensions: { audience: 'consumer' } },
    ];
    // every prediction says customer: line b is ignored, c is wrong on audience only
    const d = scoreDimensions(cases, [all('customer'), all('consumer'), all('customer')]);
    expect(d?.labelled).toEqual({ ...countsOf(1), audience: 2 });
    expect(d?.perDimension.audience).toBe(0.5);
    expect(d?.perDimension.scope).toBe(1);
    expect(d?.mean).toBeCloseTo((6 + 0.5) / 7);
  });

  it('gives a dimension no line labels no figure, and leaves it out of the means', () => {
    const cases: PartialGoldCase[] = [{ ...base, id: 'a', dimensions: { market: 'customer' } }];
    const d = scoreDimensions(cases, [all('customer')]);
    expect(d?.perDimension.scope).toBeNull();
    expect(d?.perDimension.market).toBe(1);
    expect(d?.mean).toBe(1);
  });

  it('has the old shape on full-format lines: no `labelled`, every figure a number', () => {
    const cases: PartialGoldCase[] = [
      { ...base, id: 'a', dimensions: all('customer') },
      { ...base, id: 'b', dimensions: all('unknown') },
    ];
    const d = scoreDimensions(cases, [all('customer'), all('customer')]);
    expect(Object.keys(d ?? {})).toEqual([
      'perDimension',
      'mean',
      'statedPerDimension',
      'statedMean',
    ]);
    expect(d?.mean).toBe(0.5);
    expect(d?.statedMean).toBe(1);
  });
});

describe('scoreLabelledRole', () => {
  it('counts a null gold (names no one) but not an absent one (not labelled)', () => {
    const predicted = ['buyers', 'buyers', 'the parents'];
    const withNull = scoreLabelledRole(['parents', null, 'parents'], predicted);
    const withAbsent = scoreLabelledRole(['parents', undefined, 'parents'], predicted);
    // null: the prediction "buyers" on line 2 is a false positive
    expect(withNull).toMatchObject({ gold: 2, predicted: 3, hits: 1 });
    expect(withNull).not.toHaveProperty('labelled');
    // absent: line 2 is not scored at all
    expect(withAbsent).toMatchObject({ gold: 2, predicted: 2, hits: 1, labelled: 2 });
    expect(withAbsent?.precision).toBe(0.5);
    expect(withNull?.precision).toBeCloseTo(1 / 3);
  });

  it('is null when no line labels the role', () => {
    expect(scoreLabelledRole([undefined, undefined], ['x', null])).toBeNull();
  });

  it('equals scoreRole when every line labels the role', () => {
    const gold = ['parents', null, 'retailers'];
    const predicted = ['the parents', 'buyers', null];
    expect(scoreLabelledRole(gold, predicted)).toEqual(scoreRole(gold, predicted));
  });
});

describe('label coverage', () => {
  it('counts the lines giving each label, and is null for a full-format file', () => {
    const full: PartialGoldCase = {
      ...base,
      id: 'a',
      dimensions: all('unknown'),
      purchaser: null,
      endUser: 'x',
    };
    const partial: PartialGoldCase[] = [full, { ...base, id: 'b', purchaser: 'p' }];
    expect(partialCoverage([full])).toBeNull();
    expect(partialCoverage(partial)).toEqual({ dimensions: 1, purchaser: 2, endUser: 1 });
    expect(labelCoverage([{ ...full, dimensions: { scope: 'mixed' } }])).toEqual({
      dimensions: 1,
      purchaser: 1,
      endUser: 1,
    });
  });
});

function countsOf(n: number): Record<DimensionId, number> {
  return Object.fromEntries(DIMENSION_IDS.map((id) => [id, n])) as Record<DimensionId, number>;
}
