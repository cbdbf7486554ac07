/**
 * Briefs as marketers write them when nobody asks for one tidy paragraph: sections under
 * markdown headings, bullet lists, emails, Slack threads, meeting notes, tables, agency headers,
 * "Out of scope" lines, typos and abbreviations. A helper who saw only DOMAIN.md wrote and
 * labelled the 65 texts of `fixtures/texts.long-form.jsonl` (orientation only) as a black-box
 * test; its report drove the session of the bytes' fixes to sections, lists and role fields, so
 * the set is seen, not unseen: it guards those fixes rather than estimating accuracy.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classify } from '../src/classify/classify.ts';

type LongFormCase = { id: string; text: string; orientation: string };

const cases: LongFormCase[] = readFileSync(
  fileURLToPath(new URL('../fixtures/texts.long-form.jsonl', import.meta.url)),
  'utf8',
)
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as LongFormCase);

describe('long-form briefs (fixtures/texts.long-form.jsonl)', () => {
  it('gets at least 60 of the 65 orientations right', () => {
    // Measured 63 of 65 (62 at the end of the session of the bytes, 61 when the helper wrote
    // them). The two it misses: "prioritise retention over acquisition …: fewer ads" (the ads
    // still count), and a past campaign in a "Background:" line.
    expect(cases).toHaveLength(65);
    const missed = cases
      .filter((c) => classify(c.text).orientation !== c.orientation)
      .map((c) => c.id);
    expect(missed.length, `missed: ${missed.join(', ')}`).toBeLessThanOrEqual(5);
  });
});
