/**
 * Words that mark a document as something other than marketing, however much of marketing's
 * vocabulary it shares: the drafting of contracts and policies ("shall", "hereby", "pursuant",
 * "indemnify"), code, logs and runbooks ("traceback", "stderr", "systemctl"), minutes ("quorum",
 * "seconded", "AOB") and company results ("EBITDA"). Only such markers: words that a product or
 * a campaign may be about ("salary", "GDPR", "crash", "agenda", "tbsp") are marketing's subject
 * as often (a payroll app, a recipe campaign), and left out. Matched on the word as written. The
 * more of them a text has, the more programme evidence it needs to be read as marketing (see
 * `classify/verdict.ts`): a lease that "shall" renew is no customer marketing.
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
