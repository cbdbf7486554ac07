/**
 * Buyers named by what they bought: "the whisky distilleries that order casks each spring",
 * "garages ordering brake parts from us daily", "every workshop that's bought two machines from
 * us". The noun a buying clause hangs on names who pays, even when the lexicon does not know it.
 *
 * @module
 */
import {
  BUYING_CLAUSE_CUES,
  BUYING_CLAUSE_JOINERS,
  DISTRIBUTIVE_OPENERS,
  RELATIVE_ONLY_CUES,
  SUBJECT_PRONOUNS,
} from '../lexicon/index.ts';
import { isWord, normAt, type Token } from '../text/tokenize.ts';
import type { CueHit } from './evidence.ts';
import { isPastForm, isUnknownPlural, type NounPhrase, phraseAt } from './noun-phrase.ts';

/** The buyers a buying clause hangs on. `known` is false when the lexicon does not know the noun. */
export type BuyingClauseSubject = { phrase: NounPhrase; known: boolean };

function subjectBefore(
  tokens: readonly Token[],
  isHead: readonly boolean[],
  hit: CueHit,
): { at: number; known: boolean } | null {
  let at = hit.from - 1;
  // The relative word may open the hit ("that order") or come before it ("that's bought").
  const opensWithJoiner = BUYING_CLAUSE_JOINERS.has(normAt(tokens, hit.from));
  while (at >= 0 && BUYING_CLAUSE_JOINERS.has(normAt(tokens, at))) at--;
  const subject = tokens[at];
  if (!isWord(subject) || SUBJECT_PRONOUNS.has(subject.norm)) return null;
  const relative = opensWithJoiner || at < hit.from - 1;
  // A bare "reorder" after a noun is as often a compound ("the Xmas reorder").
  if (!relative && RELATIVE_ONLY_CUES.has(hit.cue.id)) return null;
  if (isHead[at]) return { at, known: true };
  const verb = tokens[hit.from] as Token;
  // "items ordered from us": passive, the items bought nothing.
  if (!relative && isPastForm(verb.norm)) return null;
  // "every workshop that's bought …": a singular after "every" stands for many.
  const distributive = DISTRIBUTIVE_OPENERS.has(normAt(tokens, at - 1));
  return isUnknownPlural(subject.norm) || distributive ? { at, known: false } : null;
}

/** The first noun phrase a buying clause picks out as buyers, or null. */
export function buyingClauseSubject(
  tokens: readonly Token[],
  raw: string,
  isHead: readonly boolean[],
  hits: readonly CueHit[],
): BuyingClauseSubject | null {
  for (const hit of hits) {
    if (hit.negated || !BUYING_CLAUSE_CUES.has(hit.cue.id)) continue;
    const subject = subjectBefore(tokens, isHead, hit);
    if (subject === null) continue;
    return { phrase: phraseAt(tokens, raw, isHead, subject.at, true), known: subject.known };
  }
  return null;
}
