/**
 * Words of the documents that are not marketing but share its vocabulary: contracts and policies
 * ("shall", "pursuant", "erasure"), job ads ("salary", "CV"), release notes, tickets, runbooks
 * and logs ("deprecated", "staging", "systemctl", "timeout"), minutes and meeting logistics
 * ("quorum", "AOB", "dial-in"), company results ("EBITDA", "shareholders") and recipes ("tbsp",
 * "simmer"). Matched on the word as written, not its stem ("applicants" is no "applications").
 * The more of them a text has, the more programme evidence it needs to be read as marketing (see
 * `classify/verdict.ts`): a lease that "may renew" or a job ad for a CRM manager is not
 * customer marketing.
 *
 * @module
 */
import { wordSet } from './word-set.ts';

export const OTHER_GENRE_WORDS: ReadonlySet<string> = wordSet(
  'agenda anonymised aob applicants backfill breach bug bugs changelog confidential crash ' +
    'cv deprecated dial disclosing dispatched dividend ebitda erasure errno gdpr hereby ' +
    'herein hereof hereto hereunder hotfix indemnify indemnity jurisdiction kafka lessee ' +
    'lessor liable licensee licensor notwithstanding obligations outage preheat pursuant ' +
    'quorum rata repro rescheduled retry salary seconded shall shareholders simmer staging ' +
    'statutory stderr systemctl tablespoon tbsp teaspoon thereof thereto timeout traceback ' +
    'tsp upstream vacancy varchar',
);
