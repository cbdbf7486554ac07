import { EVERYONE_PRONOUNS, NARROWING_OPENERS } from '../lexicon/index.ts';
import { isWord, normAt, type Token } from '../text/tokenize.ts';
import type { CueHit } from './evidence.ts';

/** How many tokens after the pronoun its narrowing clause may reach. */
const NARROWING_REACH = 7;

/**
 * Drops the "market at large" reading of "anyone" or "everyone" when the clause after it
 * narrows them to our own buyers: "anyone whose membership lapses", "everyone on the annual
 * plan", "anyone who's been with us two years". What is left is the customer evidence itself.
 */
export function dropNarrowedPronouns(hits: readonly CueHit[], tokens: readonly Token[]): CueHit[] {
  return hits.filter((hit) => {
    if (hit.pole !== 'consumer' || hit.to - hit.from !== 1) return true;
    if (!EVERYONE_PRONOUNS.has(normAt(tokens, hit.from))) return true;
    if (!NARROWING_OPENERS.has(normAt(tokens, hit.to))) return true;
    let end = hit.to;
    while (end < tokens.length && end - hit.to < NARROWING_REACH && isWord(tokens[end])) end++;
    return !hits.some(
      (other) => other.pole === 'customer' && other.from >= hit.to && other.from < end,
    );
  });
}
