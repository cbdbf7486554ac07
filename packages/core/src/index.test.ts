import { describe, expect, it } from 'vitest';
import { classify, comparison, definitions, dimensions } from './index.ts';
import { ClassificationSchema } from './schemas/index.ts';

describe('public surface', () => {
  it('returns a result that matches its schema', () => {
    const result = classify('Loyalty programme for retailers that reorder in bulk.');
    expect(ClassificationSchema.parse(result)).toEqual(result);
  });
  it('ships four definitions, seven dimensions and a comparison', () => {
    expect(definitions).toHaveLength(4);
    expect(dimensions.map((d) => d.id)).toEqual([
      'scope',
      'audience',
      'focus',
      'relationship',
      'emphasis',
      'insight',
      'market',
    ]);
    expect(comparison.rows.length).toBeGreaterThan(5);
  });
});
