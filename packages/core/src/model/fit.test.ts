import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../analysis/analyse.ts';
import { GoldCaseSchema } from '../schemas/input.ts';
import { extractFeatures } from './features.ts';
import { fitModel } from './fit.ts';
import { MODEL_CLASSES, predictProbabilities } from './orientation-model.ts';

const cases = readFileSync(new URL('../../fixtures/briefs.dev.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .slice(0, 60)
  .map((line) => GoldCaseSchema.parse(JSON.parse(line)));

describe('fitModel', () => {
  it('is deterministic', () => {
    expect(fitModel(cases)).toEqual(fitModel(cases));
  });

  it('learns: the fitted model gets nearly all of its own cases right', () => {
    const model = fitModel(cases, { fitTemperature: false });
    const right = cases.filter((c) => {
      const p = predictProbabilities(model, extractFeatures(analyse(c.text)));
      return MODEL_CLASSES[p.indexOf(Math.max(...p))] === c.orientation;
    }).length;
    expect(right).toBeGreaterThanOrEqual(55);
  });

  it("can skip the temperature: same weights, temperature 1 (in the weights' thousandths)", () => {
    const full = fitModel(cases);
    const quick = fitModel(cases, { fitTemperature: false });
    expect(quick.weights).toEqual(full.weights);
    expect(quick.temperature).toBe(1000);
    // Rows relative to the consumer class's, which is all zeros, shipped empty: the same
    // probabilities.
    expect(quick.weights[MODEL_CLASSES.indexOf('consumer')]).toEqual([]);
  });

  it('fits the dimension model beside the orientation, unless asked not to', () => {
    const both = fitModel(cases, { fitTemperature: false });
    const orientationOnly = fitModel(cases, { fitTemperature: false, fitDimensions: false });
    expect(orientationOnly.weights).toEqual(both.weights);
    expect(orientationOnly.dimensions).toBeUndefined();
    expect(Object.keys(both.dimensions ?? {}).sort()).toEqual([
      'audience',
      'emphasis',
      'focus',
      'market',
      'relationship',
    ]);
    // Whole fortieths, relative to the consumer row.
    for (const rows of Object.values(both.dimensions ?? {})) {
      expect(rows[1]).toEqual([]);
      expect(rows.flat().every(Number.isInteger)).toBe(true);
    }
  });
});
