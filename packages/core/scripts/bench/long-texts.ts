/**
 * How classify's time grows with the length of one text, on shapes that once made it grow
 * faster than the text: a payer named again and again in one endless sentence, an endless list
 * of people joined by "and", and the dev texts run together with their sentence stops taken out.
 * Linear growth takes about 4× the time for 4× the text; anything near 16× is quadratic.
 */

/** One text shape at two lengths, and the ratio of the times. */
export interface LongTextTiming {
  name: string;
  /** characters of the short and the long text */
  lengths: [number, number];
  /** milliseconds for one classification of each */
  ms: [number, number];
  /** ms[1] / ms[0] */
  growth: number;
}

/** The two lengths measured: 4× apart, the longer one half the documented maximum. */
export const LONG_TEXT_LENGTHS: [number, number] = [250_000, 1_000_000];

/** The text shapes, built from the dev texts where they need real wording. */
export function longTextShapes(devTexts: readonly string[]): { name: string; unit: string }[] {
  const joined = devTexts.join(' ');
  return [
    { name: 'a payer named over and over, no stops', unit: 'parents pay kids use ' },
    { name: 'people joined by "and", no stops', unit: 'parents and kids and ' },
    { name: 'dev texts run together', unit: `${joined} ` },
    { name: 'dev texts without sentence stops', unit: `${joined.replace(/[.;:!?\n]/g, ' ')} ` },
  ];
}

/** Times `classify` once on each shape at each length (after one warm-up call per shape). */
export function measureLongTexts(
  devTexts: readonly string[],
  classify: (text: string) => unknown,
): LongTextTiming[] {
  return longTextShapes(devTexts).map(({ name, unit }) => {
    const at = (length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
    classify(at(10_000));
    const ms = LONG_TEXT_LENGTHS.map((length) => {
      const text = at(length);
      const start = performance.now();
      classify(text);
      return performance.now() - start;
    }) as [number, number];
    return { name, lengths: LONG_TEXT_LENGTHS, ms, growth: ms[1] / ms[0] };
  });
}

/** The timings as aligned lines. */
export function formatLongTexts(timings: readonly LongTextTiming[]): string {
  const width = Math.max(...timings.map((t) => t.name.length));
  return timings
    .map(
      (t) =>
        `${t.name.padEnd(width)}  ${t.lengths[0] / 1000}k chars ${t.ms[0].toFixed(0).padStart(5)} ms  ` +
        `${t.lengths[1] / 1000}k chars ${t.ms[1].toFixed(0).padStart(5)} ms  growth ×${t.growth.toFixed(1)} for ×4 the text`,
    )
    .join('\n');
}
