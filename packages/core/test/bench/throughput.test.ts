import { describe, expect, it } from 'vitest';
import { measureThroughput, median } from '../../scripts/bench/throughput.ts';

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('measureThroughput', () => {
  it('runs whole passes over the texts for the planned rounds and counts every call', () => {
    const calls: string[] = [];
    const t = measureThroughput('echo', ['ab', 'é'], (text) => calls.push(text), {
      warmupMs: 0,
      roundMs: 0,
      rounds: 3,
    });
    // warm-up + 3 rounds, each at least one pass of 2 texts
    expect(calls).toEqual(['ab', 'é', 'ab', 'é', 'ab', 'é', 'ab', 'é']);
    expect(t.documents).toBe(6);
    expect(t.rounds).toHaveLength(3);
    expect(t.docsPerSecond).toBeGreaterThan(0);
    // 4 bytes of UTF-8 ("é" is 2) per 2 documents
    expect(t.mbPerSecond * 1e6).toBeCloseTo((t.docsPerSecond * 4) / 2, -1);
  });
});
