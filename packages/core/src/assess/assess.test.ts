import { describe, expect, it } from 'vitest';
import { DIMENSION_IDS } from '../dimension-ids.ts';
import { ClassificationSchema } from '../schemas/index.ts';
import { assess } from './assess.ts';

describe('assess', () => {
  it('reads a consistent set of customer answers as customer marketing', () => {
    const result = assess({
      scope: 'customer',
      audience: 'customer',
      focus: 'customer',
      relationship: 'customer',
      emphasis: 'customer',
      insight: 'customer',
      market: 'customer',
    });
    expect(result.orientation).toBe('customer');
    expect(result.confidence).toBe(1);
    expect(result.dimensions.focus.lean).toBe('customer');
    expect(ClassificationSchema.parse(result)).toEqual(result);
  });

  it('reads answers split across both poles as a hybrid, and "both" as mixed', () => {
    const result = assess({
      audience: 'consumer',
      focus: 'customer',
      scope: 'both',
      relationship: 'customer',
      emphasis: 'consumer',
    });
    expect(result.orientation).toBe('hybrid');
    expect(result.dimensions.scope.lean).toBe('mixed');
    expect(result.recommendations.some((r) => r.id === 'two-tracks')).toBe(true);
  });

  it('is undetermined with no answers, and weighs partial answers by coverage', () => {
    expect(assess({}).orientation).toBe('undetermined');
    expect(assess({ insight: 'unsure' }).orientation).toBe('undetermined');
    const partial = assess({ audience: 'consumer' });
    expect(partial.orientation).toBe('consumer');
    expect(partial.confidence).toBeLessThan(0.6);
  });

  it('gives the orientation the highest probability, however little is answered', () => {
    for (const id of DIMENSION_IDS)
      for (const answer of ['customer', 'consumer', 'both'] as const) {
        const result = assess({ [id]: answer });
        if (result.orientation === 'undetermined') continue;
        const chosen = result.probabilities[result.orientation];
        for (const p of Object.values(result.probabilities))
          expect(chosen).toBeGreaterThan(p - 1e-9);
        expect(chosen).toBe(result.confidence);
      }
    expect(assess({ scope: 'customer' }).probabilities.consumer).toBeLessThan(0.5);
  });

  it('says why it is undetermined: nothing answered, or every answer unsure', () => {
    expect(assess({ purchaser: 'parents', endUser: 'kids' }).summary).toMatch(
      /no question about the initiative was answered/,
    );
    const allUnsure = Object.fromEntries(DIMENSION_IDS.map((id) => [id, 'unsure' as const]));
    expect(assess(allUnsure).summary).toMatch(/every answer was "unsure"/);
  });

  it('names the roles it is given and recommends the user-pull move when they differ', () => {
    const result = assess({
      audience: 'consumer',
      focus: 'consumer',
      purchaser: 'parents',
      endUser: 'children',
    });
    expect(result.roles).toEqual({
      purchaser: { text: 'parents', start: 0, end: 7, inferred: false },
      endUser: { text: 'children', start: 0, end: 8, inferred: false },
      differ: true,
    });
    expect(result.recommendations[0]?.id).toBe('user-pull');
  });

  it('is deterministic', () => {
    const answers = { scope: 'customer', focus: 'both' } as const;
    expect(assess(answers)).toEqual(assess(answers));
  });
});
