import { classify } from '@marketlens/core';
import { describe, expect, it } from 'vitest';
import { type Highlight, highlightsOf, segmentText, visibleRange } from './segments.ts';

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

describe('visibleRange', () => {
  const lines = Array.from({ length: 10 }, (_, i) => `line ${i}`).join('\n');

  it('shows everything when it fits', () => {
    expect(visibleRange('a\nb', 0, 5)).toEqual({ from: 0, to: 3, hiddenAbove: 0, hiddenBelow: 0 });
  });

  it('keeps the cursor line in view and counts the hidden lines', () => {
    const range = visibleRange(lines, lines.length, 3);
    expect(lines.slice(range.from, range.to)).toBe('line 7\nline 8\nline 9');
    expect(range).toMatchObject({ hiddenAbove: 7, hiddenBelow: 0 });
    const top = visibleRange(lines, 0, 3);
    expect(lines.slice(top.from, top.to)).toBe('line 0\nline 1\nline 2');
    expect(top.hiddenBelow).toBe(7);
  });
});
