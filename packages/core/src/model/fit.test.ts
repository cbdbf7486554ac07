import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GoldCaseSchema } from '../schemas/input.ts';
import { fitModel } from './fit.ts';

const cases = readFileSync(new URL('../../fixtures/briefs.dev.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .slice(0, 60)
  .map((line) => GoldCaseSchema.parse(JSON.parse(line)));

describe('fitModel', () => {
  it('is deterministic', () => {
    expect(fitModel(cases)).toEqual(fitModel(cases));
  });

  it('can skip the temperature: same weights, temperature 1', () => {
    const full = fitModel(cases);
    const quick = fitModel(cases, { fitTemperature: false });
    expect(quick.weights).toEqual(full.weights);
    expect(quick.temperature).toBe(1);
    expect(quick.trainedOn).toBe(60);
  });
});
