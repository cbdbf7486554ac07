import { describe, expect, it } from 'vitest';
import { DIMENSION_FEATURE_NAMES } from './dimension-model.ts';
import { FEATURE_NAMES } from './features.ts';
import { MODEL_CLASSES } from './orientation-model.ts';
import { TRAINED_FEATURES, TRAINED_MODEL } from './trained-model.ts';

describe('the shipped model', () => {
  it('was fitted on the features the code extracts today, in the same order', () => {
    expect(TRAINED_FEATURES.orientation).toEqual([...FEATURE_NAMES]);
    expect(TRAINED_FEATURES.dimensions).toEqual([...DIMENSION_FEATURE_NAMES]);
  });

  it('has a row of weights per class and a column per feature, the consumer row empty', () => {
    expect(TRAINED_MODEL.weights).toHaveLength(MODEL_CLASSES.length);
    TRAINED_MODEL.weights.forEach((row, c) => {
      expect(row).toHaveLength(c === MODEL_CLASSES.indexOf('consumer') ? 0 : FEATURE_NAMES.length);
    });
  });
});
