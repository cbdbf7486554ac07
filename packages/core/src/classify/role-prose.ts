import { isPlural } from '../analysis/noun-phrase.ts';
import type { RoleSpan } from '../schemas/result.ts';
import { isLexiconStem, wordKey } from '../text/normalize.ts';

/**
 * A capitalised first word, not run into capitals ("YouTube") nor followed by a name ("Gen Z",
 * "Gen-Z").
 */
const CAPITALISED_OPENING = /^\p{Lu}\p{Ll}+(?![\p{L}\d])(?![\s-]+\p{Lu})/u;

/**
 * A role as a sentence reads it: a first word capitalised only because it opened the text's
 * sentence loses the capital when the lexicon knows its stem ("Parents pay" → "paid for by parents",
 * "The ops team"); names stay as written ("Acme buyers", "Gen Z", "NHS trusts").
 */
function midSentence(text: string): string {
  const opening = CAPITALISED_OPENING.exec(text)?.[0];
  return opening !== undefined && isLexiconStem(wordKey(opening).stem)
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}

/**
 * How the summary and the recommendations name a role. A role inferred from one word in the
 * singular, a modifier ("a *patient* site", "*Surgeon* preference"), names the people as a group:
 * "patients", "surgeons". Anything else reads as the text wrote it, but for the capital of a
 * common word that opened a sentence.
 */
export function roleInProse(span: RoleSpan | null): string | null {
  if (span === null) return null;
  const text = midSentence(span.text);
  if (!span.inferred || !/^\p{L}+$/u.test(text)) return text;
  // "Surgeon" opening a sentence reads "surgeons"; "OEM" keeps its capitals.
  const word = /^\p{Lu}\p{Ll}*$/u.test(text) ? text.toLowerCase() : text;
  if (isPlural(word.toLowerCase())) return text;
  if (word === 'child') return 'children';
  return /[^aeiou]y$/.test(word)
    ? `${word.slice(0, -1)}ies`
    : `${word}${/(?:s|x|z|ch|sh)$/.test(word) ? 'es' : 's'}`;
}
