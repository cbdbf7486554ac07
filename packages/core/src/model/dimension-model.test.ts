import { describe, expect, it } from 'vitest';
import { classify } from '../classify/classify.ts';
import { DIMENSION_IDS } from '../dimension-ids.ts';
import {
  DIMENSION_FEATURE_NAMES,
  dimensionFeatures,
  LEAN_CLASSES,
  predictLean,
} from './dimension-model.ts';
import { LEARNED_DIMENSIONS } from './fit-dimensions.ts';
import { TRAINED_MODEL } from './trained-model.ts';

const text = {
  orientation: 'customer' as const,
  probabilities: [0.8, 0.1, 0.1],
  confidence: 0.8,
  segment: false,
  words: 20,
  purchaser: true,
  endUser: false,
  rolesDiffer: false,
};
const dimension = {
  totals: { customer: 2, consumer: 0 },
  evidence: 2,
  negated: false,
  ruleLean: 'customer' as const,
};

describe('dimension model', () => {
  it('reads one feature per name, with the rules’ lean among them', () => {
    const x = dimensionFeatures(text, dimension);
    expect(x).toHaveLength(DIMENSION_FEATURE_NAMES.length);
    expect(x[DIMENSION_FEATURE_NAMES.indexOf('ruleCustomer')]).toBe(1);
    expect(x[DIMENSION_FEATURE_NAMES.indexOf('ruleUnknown')]).toBe(0);
  });

  it('picks the lean with the highest score', () => {
    const rows = LEAN_CLASSES.map((lean) =>
      DIMENSION_FEATURE_NAMES.map((name) => (name === 'bias' && lean === 'mixed' ? 1 : 0)),
    );
    const model = {} as Record<(typeof DIMENSION_IDS)[number], number[][]>;
    for (const id of DIMENSION_IDS) model[id] = rows;
    expect(predictLean(model, 'focus', dimensionFeatures(text, dimension))).toBe('mixed');
  });

  it('ships fitted weights for every learned dimension, one row per lean and feature', () => {
    const model = TRAINED_MODEL.dimensions;
    expect(model).toBeDefined();
    expect(Object.keys(model ?? {}).sort()).toEqual([...LEARNED_DIMENSIONS].sort());
    for (const id of LEARNED_DIMENSIONS) {
      expect(model?.[id]).toHaveLength(LEAN_CLASSES.length);
      // Stored relative to the consumer row, which is all zeros and shipped empty (same leans).
      model?.[id]?.forEach((row, lean) => {
        expect(row).toHaveLength(
          lean === LEAN_CLASSES.indexOf('consumer') ? 0 : DIMENSION_FEATURE_NAMES.length,
        );
      });
    }
  });

  it('leaves a dimension without weights to the rules', () => {
    const model = { focus: [[1], [0], [0], [0]] };
    expect(predictLean(model, 'scope', [1])).toBeUndefined();
    expect(predictLean(model, 'focus', [1])).toBe('customer');
  });

  it('leaves every dimension of an undetermined text unknown', () => {
    const result = classify('Preheat the oven to 200 degrees and roast the peppers.');
    expect(result.orientation).toBe('undetermined');
    expect(Object.values(result.dimensions).map((d) => d.lean)).toEqual(
      DIMENSION_IDS.map(() => 'unknown'),
    );
  });
});
