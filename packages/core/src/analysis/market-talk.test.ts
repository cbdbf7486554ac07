import { describe, expect, it } from 'vitest';
import { classify } from '../classify/classify.ts';

describe('talksAboutAMarket', () => {
  it('judges a short tactic when a word of the trade says it is marketing', () => {
    expect(classify('Sampling in supermarkets.').orientation).toBe('consumer');
    expect(classify('Free samples in supermarkets.').orientation).toBe('consumer');
  });

  it('judges product copy that names the product at the start of a sentence', () => {
    expect(
      classify('Sleep cooler, wake calmer. The Ora mattress, delivered in a box.').orientation,
    ).toBe('consumer');
    expect(classify('Sleep cooler, wake calmer.').orientation).toBe('undetermined');
  });

  it('leaves office notes that trip a cue undetermined', () => {
    expect(
      classify(
        'Audit finding 3: two of twelve sampled journal entries lacked documented approval. Recommendation: enforce dual sign-off for entries above 10,000.',
      ).orientation,
    ).toBe('undetermined');
    expect(classify('Room 4B is double booked again').orientation).toBe('undetermined');
  });
});
