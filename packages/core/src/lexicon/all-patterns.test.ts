import { describe, expect, it } from 'vitest';
import { type CompiledPattern, compilePattern, firstKeysOfSource } from '../match/pattern.ts';
import { NUMBER_KEY } from '../match/stem-ids.ts';
import { ALL_PATTERNS } from './all-patterns.ts';

/** The keys a compiled pattern can start with: its leading slots, up to the first required one. */
function compiledFirstKeys({ slots }: CompiledPattern): Set<number> {
  const keys = new Set<number>();
  for (const slot of slots) {
    if (slot.kind === 'number') keys.add(NUMBER_KEY);
    if (slot.kind === 'words') for (const stems of slot.alternatives) keys.add(stems[0] as number);
    if (slot.kind === 'gap' || !slot.optional) break;
  }
  return keys;
}

describe('the lexicon patterns', () => {
  // Pattern indexes compile a pattern when a text first offers it a start: a malformed
  // pattern must fail here, not in the middle of a classification.
  it('all compile, and their first keys read without compiling agree with the compiled ones', () => {
    expect(ALL_PATTERNS.length).toBeGreaterThan(250);
    const disagreeing = ALL_PATTERNS.filter((source) => {
      const compiled = compiledFirstKeys(compilePattern(source));
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
