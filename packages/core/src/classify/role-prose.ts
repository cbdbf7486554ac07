import { isPlural } from '../analysis/noun-phrase.ts';
import type { RoleSpan } from '../schemas/result.ts';

/**
 * How the summary and the recommendations name a role. A role inferred from one word in the
 * singular, a modifier ("a *patient* site", "*Surgeon* preference"), names the people as a group:
 * "patients", "surgeons". Anything else reads as the text wrote it.
 */
export function roleInProse(span: RoleSpan | null): string | null {
  if (span === null) return null;
  const { text } = span;
  if (!span.inferred || !/^\p{L}+$/u.test(text)) return text;
  // "Surgeon" opening a sentence reads "surgeons"; "OEM" keeps its capitals.
  const word = /^\p{Lu}\p{Ll}*$/u.test(text) ? text.toLowerCase() : text;
  if (isPlural(word.toLowerCase())) return text;
  if (word === 'child') return 'children';
  return /[^aeiou]y$/.test(word)
    ? `${word.slice(0, -1)}ies`
    : `${word}${/(?:s|x|z|ch|sh)$/.test(word) ? 'es' : 's'}`;
}
