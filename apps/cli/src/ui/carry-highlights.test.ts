import { describe, expect, it } from 'vitest';
import { carryHighlights } from './carry-highlights.ts';
import type { Highlight } from './segments.ts';

const text = 'Our loyalty club for kids';
const spans: Highlight[] = [
  { start: 4, end: 11, pole: 'customer' },
  { start: 21, end: 25, pole: 'consumer' },
];
const words = (after: string) =>
  carryHighlights(spans, text, after).map((h) => after.slice(h.start, h.end));

describe('carryHighlights', () => {
  it('keeps the spans as they are while the text has not changed', () => {
    expect(carryHighlights(spans, text, text)).toBe(spans);
  });

  it('keeps spans before an edit and moves the ones after it', () => {
    expect(words(`${text} now`)).toEqual(['loyalty', 'kids']);
    expect(words(`Hi! ${text}`)).toEqual(['loyalty', 'kids']);
    expect(words('Our loyalty book club for kids')).toEqual(['loyalty', 'kids']);
    expect(words('Our loyalty for kids')).toEqual(['loyalty', 'kids']);
    expect(words('Our loyaltyX club for kids')).toEqual(['loyalty', 'kids']);
  });

  it('drops a span the edit touches', () => {
    expect(words('Our loy-alty club for kids')).toEqual(['kids']);
    expect(words('Our loyalty club for ki')).toEqual(['loyalty']);
    expect(words('')).toEqual([]);
  });
});
