import { classify } from '@marketlens/core';
import { describe, expect, it } from 'vitest';
import { type Highlight, highlightsOf, segmentText } from './segments.ts';

describe('segmentText', () => {
  const text = 'Loyalty for resellers';
  const highlights: Highlight[] = [
    { start: 0, end: 7, pole: 'customer' },
    { start: 12, end: 21, pole: 'customer' },
  ];

  it('cuts the text into plain and highlighted runs that rebuild it', () => {
    const segments = segmentText(text, highlights, undefined);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.pole).map((s) => s.text)).toEqual(['Loyalty', 'resellers']);
  });

  it('gives the cursor its own run, a space at the end of the text', () => {
    const middle = segmentText(text, highlights, 2);
    expect(middle.find((s) => s.cursor)).toEqual({ text: 'y', pole: 'customer', cursor: true });
    const end = segmentText(text, [], text.length);
    expect(end.at(-1)).toEqual({ text: ' ', cursor: true });
  });

  it('puts a whole emoji under the cursor, never half of one', () => {
    const segments = segmentText('ab👍cd', [], 2);
    expect(segments.find((s) => s.cursor)).toEqual({ text: '👍', cursor: true });
    expect(segments.map((s) => s.text).join('')).toBe('ab👍cd');
  });

  it('shows the cursor on a line end as a space before the new line', () => {
    const segments = segmentText('ab\ncd', [], 2);
    expect(segments.map((s) => s.text).join('')).toBe('ab \ncd');
  });

  it('renders only the visible range', () => {
    const segments = segmentText(text, highlights, undefined, 8, 21);
    expect(segments.map((s) => s.text).join('')).toBe('for resellers');
  });
});

describe('highlightsOf', () => {
  it('returns sorted, non-overlapping spans that match the classified text', () => {
    const input = 'Loyalty programme with volume rebates for our top resellers at renewal.';
    const spans = highlightsOf(classify(input));
    for (let i = 1; i < spans.length; i += 1) {
      expect(spans[i]?.start).toBeGreaterThanOrEqual(spans[i - 1]?.end ?? 0);
    }
    for (const span of spans) expect(span.end).toBeLessThanOrEqual(input.length);
  });
});
