/**
 * Roles read off a single word or a sentence's shape when no wording states them: an unknown
 * plural that pays ("shopkeepers buy the terminal") and a dependant named in passing ("toddler
 * scooter"). Results say so (`purchaserInferred`, `endUserInferred`), and the model's roles
 * features leave them out.
 *
 * @module
 */

import { SHOWING_VERBS, wordSet } from '../lexicon/index.ts';
import type { PatternIndex } from '../match/pattern-index.ts';
import { isNumber, isWord, normAt, type Token } from '../text/tokenize.ts';
import { headMatches } from './head-match.ts';
import {
  isPastForm,
  isUnknownPlural,
  type NounPhrase,
  phraseAt,
  wordPhrase,
} from './noun-phrase.ts';
import { dependantHeads, organisationHeads } from './role-heads.ts';

/** Words that open a relative clause about the noun before them. */
const RELATIVE_WORDS: ReadonlySet<string> = wordSet('that who');

/**
 * The first plural word the lexicon does not know that is the subject of a paying wording
 * (`payerAfter`): "marinas sign the contracts", "shopkeepers buy the terminal", or null.
 */
export function inferPurchaser(
  tokens: readonly Token[],
  raw: string,
  isHead: readonly boolean[],
  payerAfter: PatternIndex<string>,
): NounPhrase | null {
  for (let i = 1; i < tokens.length; i++) {
    const subject = tokens[i - 1] as Token;
    // "relatives who pay the fee": the relative word stands between the subject and its verb.
    const verb = RELATIVE_WORDS.has(normAt(tokens, i)) ? i + 1 : i;
    if (
      !isWord(subject) ||
      isHead[i - 1] ||
      !isUnknownPlural(subject.norm) ||
      // "invoices paid within 14 days": a participle, not a payer.
      (verb === i && isPastForm(normAt(tokens, i))) ||
      payerAfter.findAt(tokens, verb).length === 0
    )
      continue;
    return phraseAt(tokens, raw, isHead, i - 1, verb > i);
  }
  return null;
}

/**
 * The first head noun that `accept` allows, as a phrase of that one word ("a *dealer* loyalty
 * scheme", "a *patient* site"), or null: a role named only as a modifier.
 */
export function headWordWhere(
  isHead: readonly boolean[],
  accept: (at: number) => boolean,
): NounPhrase | null {
  const at = isHead.findIndex((head, i) => head && accept(i));
  return at < 0 ? null : wordPhrase(at);
}

/**
 * The first plural word the lexicon does not know whose phrase, relative clause and all, is
 * followed by what a programme gives (`recipientAfter`): "livery yards on fortnightly delivery
 * *get* …", or null.
 */
export function inferRecipient(
  tokens: readonly Token[],
  raw: string,
  isHead: readonly boolean[],
  recipientAfter: PatternIndex<string>,
): NounPhrase | null {
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i] as Token;
    if (!isWord(word) || isHead[i] || !isUnknownPlural(word.norm)) continue;
    // "three articles", "the next 45 days": a count of things, not people.
    if (isNumber(tokens[i - 1])) continue;
    const phrase = phraseAt(tokens, raw, isHead, i, true);
    if (recipientAfter.findAt(tokens, phrase.to).length > 0) return phrase;
  }
  return null;
}

/** Words after a wording that addresses users that the unknown noun may follow: "talk to *the* …". */
const ADDRESSED_REACH = 3;

/**
 * The first plural word the lexicon does not know, within a few words after one of `wordings`
 * (in text order) that address users ("talk straight to scaffolders", "aimed at anxious
 * twenty-somethings"), or null. A word a cue reads ("aimed at more renewals") or a verb form in
 * -ing on the way ("aimed at boosting …") ends the search.
 */
export function inferAddressedUser(
  tokens: readonly Token[],
  raw: string,
  isHead: readonly boolean[],
  wordings: readonly { readonly from: number; readonly to: number }[],
  isCued: (at: number) => boolean,
): NounPhrase | null {
  for (const wording of wordings) {
    if (SHOWING_VERBS.has(normAt(tokens, wording.from))) continue;
    for (let j = wording.to; j < Math.min(tokens.length, wording.to + ADDRESSED_REACH); j++) {
      const word = tokens[j] as Token;
      if (!isWord(word) || isHead[j] || isCued(j) || word.norm.endsWith('ing')) break;
      if (isUnknownPlural(word.norm)) return phraseAt(tokens, raw, isHead, j, true);
    }
  }
  return null;
}

/**
 * The first dependant named anywhere, even as a modifier ("toddler scooter", "children's vitamin
 * gummies", "keeps baby snug"), that `eligible` allows — not a kind of organisation ("pet shops",
 * "kids' clubs") — as the word itself or a whole age band ("the 17–21-year-old"), or null.
 */
export function inferDependantUser(
  tokens: readonly Token[],
  raw: string,
  isHead: readonly boolean[],
  eligible: (head: number) => boolean,
): NounPhrase | null {
  const h = tokens.findIndex(
    (_, i) =>
      isHead[i] &&
      headMatches(dependantHeads, tokens, i) &&
      eligible(i) &&
      !(isHead[i + 1] && headMatches(organisationHeads, tokens, i + 1)),
  );
  if (h < 0) return null;
  return normAt(tokens, h) === 'year' ? phraseAt(tokens, raw, isHead, h, false) : wordPhrase(h);
}
