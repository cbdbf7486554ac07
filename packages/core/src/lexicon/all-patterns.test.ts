import { describe, expect, it } from 'vitest';
import { compilePattern, firstKeysOfSource } from '../match/pattern.ts';
import { ALL_PATTERNS } from './all-patterns.ts';

describe('the lexicon patterns', () => {
  // Pattern indexes compile a pattern when a text first offers it a start: a malformed
  // pattern must fail here, not in the middle of a classification.
  it('all compile, and their first keys read without compiling agree with the compiled ones', () => {
    expect(ALL_PATTERNS.length).toBeGreaterThan(250);
    const disagreeing = ALL_PATTERNS.filter((source) => {
      const compiled = new Set(compilePattern(source).firstKeys);
      const read = new Set(firstKeysOfSource(source));
      return compiled.size !== read.size || [...read].some((key) => !compiled.has(key));
    });
    expect(disagreeing).toEqual([]);
  });

  it('rejects the malformed ones before any text is read', () => {
    expect(() => firstKeysOfSource('* customers')).toThrow(/gap/);
    expect(() => firstKeysOfSource('loyal? points?')).toThrow(/required slot/);
    expect(() => compilePattern("keep '")).toThrow(/Empty slot/);
  });
});
