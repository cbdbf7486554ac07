import { describe, expect, it } from 'vitest';
import { nextBoundary, previousBoundary } from './graphemes.ts';

describe('grapheme boundaries', () => {
  it('step over whole clusters: emoji, ZWJ families, flags, accents', () => {
    const text = 'a👍🏽b👨‍👩‍👧c🇫🇷de\u0301';
    const stops = [0];
    while ((stops.at(-1) as number) < text.length) {
      stops.push(nextBoundary(text, stops.at(-1) as number));
    }
    const clusters = stops.slice(1).map((end, i) => text.slice(stops[i], end));
    expect(clusters).toEqual(['a', '👍🏽', 'b', '👨‍👩‍👧', 'c', '🇫🇷', 'd', 'e\u0301']);
    for (let i = stops.length - 1; i > 0; i -= 1) {
      expect(previousBoundary(text, stops[i] as number)).toBe(stops[i - 1]);
    }
  });

  it('stay at the edges, and find clusters deep inside a long text', () => {
    expect(previousBoundary('ab', 0)).toBe(0);
    expect(nextBoundary('ab', 2)).toBe(2);
    const long = `${'x'.repeat(5000)}👍${'y'.repeat(5000)}`;
    expect(nextBoundary(long, 5000)).toBe(5002);
    expect(previousBoundary(long, 5002)).toBe(5000);
  });
});
