import { describe, expect, it } from 'vitest';
import { ALL_PATTERNS } from '../lexicon/all-patterns.ts';
import { FIRST_STEMS } from './first-stems-data.ts';
import { firstStemsOfSource } from './pattern.ts';

describe('the precomputed first stems', () => {
  it('are what each pattern starts with, line for line (else run `pnpm stems`)', () => {
    const lines = FIRST_STEMS.split('\n');
    expect(lines).toHaveLength(ALL_PATTERNS.length);
    ALL_PATTERNS.forEach((source, i) => {
      expect(lines[i]?.split(' '), source).toEqual(firstStemsOfSource(source));
    });
  });
});
