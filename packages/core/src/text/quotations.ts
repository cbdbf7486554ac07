/**
 * Quotations in a text: slogans, titles and mentions ("a 'road warrior' series", "the 'customer'
 * in the brief title"), whose words name no one the text addresses.
 *
 * @module
 */

/**
 * A quotation: an opening quote after a space or bracket, up to 60 characters, and a closing
 * quote before a space, punctuation or the end ("the kids' club" has no opening quote).
 */
const QUOTATION = /(?<=^|[\s([])['‘"“]([^'’"”\n]{1,60}?)['’"”](?=[\s.,;:!?)\]–—-]|$)/gu;

/** The character ranges `[from, to)` inside quotation marks. */
export function quotedRanges(raw: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of raw.matchAll(QUOTATION)) {
    const from = (match.index ?? 0) + 1;
    ranges.push([from, from + (match[1] as string).length]);
  }
  return ranges;
}
