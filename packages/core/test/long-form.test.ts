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
import { roleMatches } from '../scripts/eval/role-match.ts';
import { classify } from '../src/classify/classify.ts';

type LongFormCase = {
  id: string;
  text: string;
  orientation: string;
  purchaser?: string | null;
  endUser?: string | null;
};

/** The cases of one fixture file. */
const load = (name: string): LongFormCase[] =>
  readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LongFormCase);

const cases = load('texts.long-form.jsonl');

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

describe('long-form briefs, second set (fixtures/texts.long-form-2.jsonl)', () => {
  // A second helper, who saw neither the first set nor any other fixture, wrote and labelled 70
  // more (B2B2C, pharma, marketplaces, franchises, tickets, OKRs, LinkedIn posts, non-native
  // English, non-marketing notes), each with who pays and who uses, or null when the text does
  // not say. Unseen when first run: 64 of 70 orientations. Its report drove the session of the
  // room's fixes, so it is seen now too.
  const second = load('texts.long-form-2.jsonl');
  const results = second.map((c) => ({ c, result: classify(c.text) }));
  /** Right when the text names no one and neither does the result, or both name the same people. */
  const roleRight = (gold: string | null | undefined, span: { text: string } | null) =>
    gold === null || gold === undefined
      ? span === null
      : span !== null && roleMatches(gold, span.text);

  it('gets at least 63 of the 70 orientations right', () => {
    // Measured 65 of 70 at the end of the session of the room. The misses are four of the eight
    // non-marketing texts (an incident log, a contract clause, an invoice request, an office
    // note), each read from one or two domain words, and a Notion page whose title and
    // metadata outweigh its two workstreams.
    expect(second).toHaveLength(70);
    const missed = results.filter(({ c, result }) => result.orientation !== c.orientation);
    expect(missed.map(({ c }) => c.id).length).toBeLessThanOrEqual(7);
  });

  it('names who pays and who uses as the writer did in most texts', () => {
    // Measured 43 of 70 (purchaser) and 59 of 70 (end user) at the end of the session of the
    // room. Most purchaser misses name the audience of a consumer brief as paying where the
    // writer named no payer.
    const purchasers = results.filter(({ c, result }) =>
      roleRight(c.purchaser, result.roles.purchaser),
    );
    const endUsers = results.filter(({ c, result }) => roleRight(c.endUser, result.roles.endUser));
    expect(purchasers.length).toBeGreaterThanOrEqual(41);
    expect(endUsers.length).toBeGreaterThanOrEqual(57);
  });
});
