import { BENEFIT_VERBS, wordSet } from '../lexicon/index.ts';
import { normAt, type Token } from '../text/tokenize.ts';
import type { NounPhrase } from './noun-phrase.ts';

/** Words that may sit between a subject and its verb: "owners *will* get", "members *also* get". */
const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = wordSet('also now then will');

/**
 * True when the phrase is the subject of a verb of receiving: "tenants moving in *get* a welcome
 * pack", "pet owners *see* a campaign". A programme that gives something to the buyer and
 * something else to the user is two programmes in one: a hybrid.
 */
export function isServed(tokens: readonly Token[], phrase: NounPhrase | null): boolean {
  if (phrase === null) return false;
  for (let i = phrase.to; i < Math.min(phrase.to + 2, tokens.length); i++) {
    const norm = normAt(tokens, i);
    if (BENEFIT_VERBS.has(norm)) return true;
    if (!BETWEEN_SUBJECT_AND_VERB.has(norm)) return false;
  }
  return false;
}
