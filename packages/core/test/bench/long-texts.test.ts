import { describe, expect, it } from 'vitest';
import {
  formatLongTexts,
  LONG_TEXT_LENGTHS,
  longTextShapes,
  measureLongTexts,
} from '../../scripts/bench/long-texts.ts';

describe('the long-text timings `pnpm bench` prints (the logic, not the times)', () => {
  const dev = ['Loyalty rebates for our resellers.', 'A TV spot for kids; parents pay.'];

  it('times each shape once at each length, after a short warm-up, on texts of those lengths', () => {
    const seen: string[] = [];
    const timings = measureLongTexts(dev, (text) => seen.push(text));
    const shapes = longTextShapes(dev);
    expect(timings.map((t) => t.name)).toEqual(shapes.map((s) => s.name));
    expect(seen.map((text) => text.length)).toEqual(
      shapes.flatMap(() => [10_000, ...LONG_TEXT_LENGTHS]),
    );
    expect(LONG_TEXT_LENGTHS[1] / LONG_TEXT_LENGTHS[0]).toBe(4);
    // The shape without stops really has none.
    const noStops = seen[seen.length - 1] ?? '';
    expect(noStops).not.toMatch(/[.;:!?\n]/);
    for (const t of timings) expect(t.growth).toBeCloseTo(t.ms[1] / t.ms[0]);
  });

  it('prints one aligned line per shape with both times and the growth', () => {
    const text = formatLongTexts([
      { name: 'short', lengths: [250_000, 1_000_000], ms: [100, 420], growth: 4.2 },
      { name: 'a longer name', lengths: [250_000, 1_000_000], ms: [10, 20], growth: 2 },
    ]);
    const lines = text.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('250k chars   100 ms');
    expect(lines[0]).toContain('growth ×4.2 for ×4 the text');
    expect(lines[0]?.indexOf('250k')).toBe(lines[1]?.indexOf('250k'));
  });
});
