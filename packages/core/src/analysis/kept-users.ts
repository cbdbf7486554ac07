import { KEEPING_CUES, SECOND_PERSON } from '../lexicon/index.ts';
import { normAt, type Token } from '../text/tokenize.ts';
import type { CueHit } from './evidence.ts';
import { headMatches } from './head-match.ts';
import { dependantHeads, namesBuyerOrOrganisation, userHeads } from './role-heads.ts';

const namesUser = (tokens: readonly Token[], i: number) =>
  headMatches(userHeads, tokens, i) || headMatches(dependantHeads, tokens, i);

/**
 * Drops a keeping cue whose kept words name the user rather than a buyer: "a base layer that
 * keeps you warm", "keeps baby warm", "keeps the kids happy" describe what a product does for
 * whoever uses it. "Keep restaurant clients happy", "keep your accounts warm" and "keep the
 * regulars happy" stay: a buyer, an organisation, or no user named.
 */
export function dropKeptUsers(
  hits: readonly CueHit[],
  tokens: readonly Token[],
  isHead: readonly boolean[],
): CueHit[] {
  return hits.filter((hit) => {
    if (!KEEPING_CUES.has(hit.cue.id)) return true;
    let keepsUser = false;
    for (let i = hit.from + 1; i < hit.to - 1; i++) {
      if (isHead[i] && namesBuyerOrOrganisation(tokens, i)) return true;
      if ((isHead[i] && namesUser(tokens, i)) || SECOND_PERSON.has(normAt(tokens, i)))
        keepsUser = true;
    }
    return !keepsUser;
  });
}
