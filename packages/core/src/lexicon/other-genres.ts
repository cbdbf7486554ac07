/**
 * Words that mark a document as something other than marketing, however much of marketing's
 * vocabulary it shares: the drafting of contracts and policies ("shall", "hereby", "pursuant",
 * "indemnify"), code, logs and runbooks ("traceback", "stderr", "systemctl"), minutes ("quorum",
 * "seconded", "AOB") and company results ("EBITDA"). Only such markers: words that a product or
 * a campaign may be about ("salary", "GDPR", "crash", "agenda", "tbsp") are marketing's subject
 * as often (a payroll app, a recipe campaign), and left out. Matched on the word as written. The
 * more of them a text has, the more programme evidence it needs to be read as marketing (see
 * `classify/verdict.ts`): a lease that "shall" renew is no customer marketing. The forms below
 * count as such words, each once.
 *
 * @module
 */
import { wordSet } from './word-set.ts';

export const OTHER_GENRE_WORDS: ReadonlySet<string> = wordSet(
  'aob ebitda errno hereby herein hereof hereto hereunder indemnify indemnity jurisdiction ' +
    'kafka lessee lessor licensor notwithstanding pursuant quorum seconded shall stderr ' +
    'systemctl thereof thereto traceback varchar',
);

/**
 * Words such documents use that marketing uses too ("breach", "liable", "confidential",
 * "timeout"): they add to the markers above, never stand in for them.
 */
export const OTHER_GENRE_COMPANIONS: ReadonlySet<string> = wordSet(
  'breach confidential disclosing dividend liable obligations retry shareholders statutory ' +
    'timeout upstream',
);

/**
 * Forms only other documents take, each counted once as a marker however often it comes: a
 * log's ISO time (`2025-03-04T10:22:11Z`), `snake_case=value` fields outside a link's query
 * string, an API's `POST /path`, and fields that open a line, a sentence or a bullet in a bug
 * report ("Root cause:") or minutes ("Apologies:"). A clock to the second is left out: TV
 * scripts and race times have it too.
 */
export const OTHER_GENRE_FORMS: readonly RegExp[] = [
  /\d-\d\dT\d\d:\d\d/,
  // What comes before the underscore and the field's name is read behind them: a search that
  // starts at a name or an underscore is ten times faster than one that starts at every letter.
  /(?<=(?<![?&\w])[a-z]+)_[a-z_]*=\S/,
  /\b(?:GET|POST|PUT|DELETE) \/\w/,
  /(?<=(?:^|[.\n|]| {2})[-*• ]*)(?:Component|Root cause|Apologies):/,
];

/**
 * Forms that marketers' tickets, notes and plans take too ("Priority:", "Attendees:", "Qty"):
 * they add one mark when there is a marker, and never stand in for it.
 */
export const OTHER_GENRE_FORM_COMPANIONS: readonly RegExp[] = [
  /(?:^|[.\n|]| {2})[-*• ]*(?:Expected|Actual|Steps|Priority|Assignee|Attendees|Present):|\b(?:Qty|Subtotal)\b/i,
];
