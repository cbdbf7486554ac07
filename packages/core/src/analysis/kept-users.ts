import {
  BUYER_HEADS,
  DEPENDANT_HEADS,
  KEEPING_CUES,
  ORGANISATION_HEADS,
  SECOND_PERSON,
  USER_HEADS,
} from '../lexicon/people.ts';
import { createPatternIndex } from '../match/pattern-index.ts';
import type { Token } from '../text/tokenize.ts';
import type { CueHit } from './evidence.ts';
import { headMatches } from './head-match.ts';

const buyerOrOrganisation = createPatternIndex([...BUYER_HEADS, ...ORGANISATION_HEADS], (p) => p);
const userOrDependant = createPatternIndex([...USER_HEADS, ...DEPENDANT_HEADS], (p) => p);

/**
 * Drops a keeping cue whose kept words name the user rather than a buyer: "a base layer that
 * keeps you warm", "keeps baby warm", "keeps the kids happy" describe what a product does for
 * whoever uses it. "Keep our restaurant clients happy", "keep your top accounts warm" and "keep
 * the regulars happy" stay: a buyer, an organisation, or no user named.
 */
export function dropKeptUsers(
  hits: readonly CueHit[],
  tokens: readonly Token[],
  isHead: readonly boolean[],
): CueHit[] {
  return hits.filter((hit) => {
    if (!KEEPING_CUES.has(hit.cue.id)) return true;
    let namesUser = false;
    for (let i = hit.from + 1; i < hit.to - 1; i++) {
      if (isHead[i] && headMatches(buyerOrOrganisation, tokens, i)) return true;
      if (isHead[i] && headMatches(userOrDependant, tokens, i)) namesUser = true;
      if (SECOND_PERSON.has((tokens[i] as Token).norm)) namesUser = true;
    }
    return !namesUser;
  });
}
