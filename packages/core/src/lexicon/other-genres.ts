/**
 * Words of the documents that are not marketing but share its vocabulary: contracts and policies
 * ("shall", "pursuant", "erasure"), job ads ("salary", "CV"), release notes and tickets
 * ("deprecated", "staging", "backfill"), meeting logistics ("agenda", "dial-in") and recipes
 * ("tbsp", "simmer"). Matched on the word as written, not its stem ("crash" but not "crash
 * course" … nor "applicants" as "applications"). A text with two of them and little programme
 * evidence, or one and very little, is left undetermined (see `classify/verdict.ts`): a lease
 * that "may renew" or a job ad for a CRM manager is no customer marketing.
 *
 * @module
 */
import { wordSet } from './word-set.ts';

export const OTHER_GENRE_WORDS: ReadonlySet<string> = wordSet(
  'agenda anonymised applicants backfill breach bug bugs changelog crash cv deprecated dial ' +
    'erasure gdpr hereby herein hereof hereto hotfix indemnify indemnity jurisdiction liable ' +
    'lessee lessor licensee licensor notwithstanding obligations outage preheat pursuant repro ' +
    'rescheduled salary shall simmer staging statutory tablespoon tbsp teaspoon thereof thereto ' +
    'traceback tsp vacancy varchar',
);
