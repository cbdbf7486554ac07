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

/** Right when the text names no one and neither does the result, or both name the same people. */
const roleRight = (gold: string | null | undefined, span: { text: string } | null) =>
  gold === null || gold === undefined
    ? span === null
    : span !== null && roleMatches(gold, span.text);

/**
 * Three more sets by three more helpers, each of whom saw no other fixture, labelled with who
 * pays and who uses (null when the text does not say). The second (B2B2C, pharma, marketplaces,
 * franchises, tickets, OKRs, LinkedIn posts, non-native English) scored 64 of 70 when first run;
 * the third (travel, telecoms, fintech, publishers, creative briefs, media plans, board memos,
 * press releases, voice memos) 57 of 70; the fourth (company and product descriptions, segment
 * definitions, one-liners, emails with signatures, mixed languages, business documents) 53 of
 * 70. Their reports drove the session of the room's fixes, so all three are seen now. Floors sit
 * a little under what was measured at the end of that session.
 */
const ROLE_SETS = [
  // Measured 66 of 70, purchaser 43, end user 59 (65 at the end of the session of the room;
  // the incident log is undetermined since the session of the forms). Misses: three
  // non-marketing texts (an invoice request, an office note, a contract clause) and a Notion page
  // whose title and metadata outweigh its two workstreams.
  { file: 'texts.long-form-2.jsonl', orientation: 64, purchaser: 41, endUser: 57 },
  // Measured 60 of 70, purchaser 41, end user 42. Misses: four customer programmes tipped to
  // hybrid by side remarks, and six non-marketing texts (release notes, a job ad, a support
  // macro, meeting logistics, an IT ticket, a match report) read from their domain words. Most role misses name a consumer
  // brief's audience as paying, or staff and products as people.
  { file: 'texts.long-form-3.jsonl', orientation: 58, purchaser: 39, endUser: 40 },
  // Measured 56 of 70, purchaser 34, end user 50 (54 before the session of the forms counted
  // minutes' "Present:" field and a log's ISO time and `key=value` fields as marks of other
  // documents).
  // Misses: seven of the eleven non-marketing texts (a ticket's title, an office memo, an HR
  // policy, a runbook, a dispatch notice, terms of service, results news), half the plain
  // company descriptions, and hybrids read one-sided.
  { file: 'texts.long-form-4.jsonl', orientation: 52, purchaser: 32, endUser: 48 },
  // A fifth set (80: briefs, segments, descriptions, one-liners and business documents), by a
  // helper who saw no other set, came at the end of the session of the room: 67 of 80 when
  // first run (67 of its 68 marketing texts, none of its 12 others undetermined), purchaser 47,
  // end user 56; two section labels it named as users ("Mechanics:", "champion program") were
  // fixed then, end user 58.
  // Since the session of the forms, 69 of 80: its bug ticket and its billing log are
  // undetermined, as other documents.
  { file: 'texts.long-form-5.jsonl', orientation: 65, purchaser: 45, endUser: 54 },
  // Two sets of short briefs by two more helpers (120 each), written for the session of the
  // forms: hybrids and briefs whose payer is not the user, in 40 industries (112 right when
  // first run, purchaser 96, end user 97; now 113, 97, 98), and the wordings that say who pays
  // and who uses ("foot the bill", "X don't buy it, Y do", "recipients", passives, fields; 100,
  // 83 and 81 when first run; now 101, 84, 84). Their misses are mostly hybrids read one-sided
  // and roles stated with a verb or noun the lexicon lacks.
  { file: 'texts.hybrids-and-roles.jsonl', orientation: 110, purchaser: 94, endUser: 95 },
  { file: 'texts.role-wordings.jsonl', orientation: 98, purchaser: 81, endUser: 81 },
  // An ordinary month's mix (150: short and long marketing texts and 15 that are not marketing)
  // by a helper who saw no other set, run once on the session of the forms' final code: 134 of
  // 150 (131 of its 135 marketing texts, no customer↔consumer swap; 3 of the 15 others
  // undetermined), purchaser 109, end user 112. Nothing was changed after it.
  { file: 'texts.month-mix.jsonl', orientation: 131, purchaser: 106, endUser: 109 },
  // Who pays and who uses, in 160 short texts by a helper who saw no other set, written for the
  // session of the asides: 70 where the payer is not the user, 40 where they are one, 30 naming
  // no one, 20 hybrids. 152 right when first run, purchaser 134, end user 133; it drove that
  // session's fixes (ed-tech is no technician, a "card of fidelity" is loyalty), so it is seen:
  // 154, 134 and 133 now. Its misses: segments that name the excluded users, and payers named
  // by an agency's or a scheme's name ("the VA", "Access to Work").
  { file: 'texts.payers-and-users.jsonl', orientation: 151, purchaser: 131, endUser: 130 },
  // A second month's mix (150 hand-written texts: 54 customer, 56 consumer, 40 hybrid, 6 to 208
  // words) by a helper who saw no other set, run once on the session of the asides' final code
  // and changed nothing after: 139 of 150, no customer↔consumer swap (the session's starting code
  // gave the same), purchaser 93, end user 117 of 150.
  { file: 'texts.month-mix-2.jsonl', orientation: 136, purchaser: 90, endUser: 114 },
  // A third (150: 53 customer, 54 consumer, 31 hybrid, 12 not marketing; 7 to 204 words, a third
  // over 80; 50 naming a payer who is not the user) by a helper who saw no other set, run once on
  // the session of the hand-offs' code and only counted since: 138 of 150 (130 of 138 marketing
  // texts, no customer↔consumer swap; 8 of the 12 others undetermined), purchaser 96, end user
  // 100 of 150 (76 of the 100 named payers, 56 of the 80 named users). The session's starting
  // code scored the same.
  { file: 'texts.month-mix-3.jsonl', orientation: 135, purchaser: 93, endUser: 97 },
];

for (const floors of ROLE_SETS) {
  describe(`long-form briefs with roles (fixtures/${floors.file})`, () => {
    const cases = load(floors.file);
    const results = cases.map((c) => ({ c, result: classify(c.text) }));

    it(`gets at least ${floors.orientation} of the ${cases.length} orientations right`, () => {
      expect(cases.length).toBeGreaterThanOrEqual(70);
      const right = results.filter(({ c, result }) => result.orientation === c.orientation);
      expect(right.length).toBeGreaterThanOrEqual(floors.orientation);
    });

    it('names who pays and who uses as the writer did in most texts', () => {
      const purchasers = results.filter(({ c, result }) =>
        roleRight(c.purchaser, result.roles.purchaser),
      );
      const endUsers = results.filter(({ c, result }) =>
        roleRight(c.endUser, result.roles.endUser),
      );
      expect(purchasers.length).toBeGreaterThanOrEqual(floors.purchaser);
      expect(endUsers.length).toBeGreaterThanOrEqual(floors.endUser);
    });
  });
}
