import { describe, expect, it } from 'vitest';
import { classifyHeights, classifyWidths } from './classify-layout.ts';

describe('classifyWidths', () => {
  it('puts the result beside the text from 110 columns, the box taking 45%', () => {
    expect(classifyWidths(119)).toEqual({ wide: true, textBox: 53, wrap: 49, result: 64 });
    expect(classifyWidths(79)).toEqual({ wide: false, textBox: 79, wrap: 75, result: 79 });
  });
});

describe('classifyHeights', () => {
  it('stacked: the text takes what it needs, up to a share, the result the rest', () => {
    // 80×24 with a two-line footer: 19 rows for the screen.
    expect(classifyHeights(19, false, 3)).toEqual({ textMaxRows: 7, result: 13 });
    expect(classifyHeights(19, false, 200)).toEqual({ textMaxRows: 7, result: 9 });
    // 100×15: 11 rows; an empty text takes one.
    expect(classifyHeights(11, false, 1)).toEqual({ textMaxRows: 4, result: 7 });
  });

  it('always leaves the text one row and the result two, down to the smallest screen', () => {
    for (let height = 6; height < 40; height += 1) {
      for (const textRows of [1, 5, 500]) {
        const { textMaxRows, result } = classifyHeights(height, false, textRows);
        const text = Math.min(textRows, textMaxRows);
        expect(text).toBeGreaterThanOrEqual(1);
        expect(result).toBeGreaterThanOrEqual(2);
        expect(text + 2 + 1 + result).toBe(height);
      }
    }
  });

  it('side by side: both take the whole height', () => {
    expect(classifyHeights(30, true, 500)).toEqual({ textMaxRows: 28, result: 30 });
  });
});
