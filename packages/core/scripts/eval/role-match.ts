import { BOUNDARY_WORDS, IRREGULAR_PLURALS, STOP_WORDS, SYNONYMS } from './role-words.ts';

/**
 * When does a predicted role span name the same people as the gold paraphrase?
 *
 * 1. Normalise both: lowercase, split on anything that is not a letter or digit (hyphens and
 *    possessives too), drop stop words, pure numbers and one-letter tokens, stem plurals lightly
 *    (irregulars from a list; -ies → -y; -sses/-xes/-ches/-shes → drop "es"; a final -s unless
 *    -ss/-us/-is) and fold a short list of everyday synonyms (kids → child, mums → mother). These
 *    are the *content words*. An age band is one word however it is written ("14–17s" =
 *    "14-17 year olds").
 * 2. A gold that lists several groups ("teachers and pupils", "households on autoship; dog owners",
 *    "trade card holders (cafes, corner shops)") is split at and/or, commas, semicolons and
 *    brackets. Each group's *head noun* is the last content word of its leading noun phrase: the
 *    phrase ends at a preposition or relative word, or at a participle (-ing/-ed) after a content
 *    word ("merchants processing over $1M" → merchant). The brief's "last content word" is the
 *    special case of a single group without post-modifiers.
 * 3. Hit when at least half of the gold's content words appear among the prediction's, or one of
 *    its head nouns does — unless the prediction is a sweep: more than max(8, 3 × gold) content
 *    words, which would "match" anything.
 *
 * So "the parents" ≈ "parents (past buyers)", "the kids" ≈ "their children", but "the parents" ≠
 * "their children" and "procurement" ≠ "HR directors at employer clients".
 */
export function roleMatches(gold: string, predicted: string): boolean {
  const goldWords = contentWords(gold);
  const predictedWords = new Set(contentWords(predicted));
  if (goldWords.length === 0 || predictedWords.size === 0) return false;
  if (predictedWords.size > Math.max(8, 3 * goldWords.length)) return false;
  const shared = goldWords.filter((word) => predictedWords.has(word)).length;
  if (shared * 2 >= goldWords.length) return true;
  return headNouns(gold).some((head) => predictedWords.has(head));
}

/** The head noun of each group a phrase lists (see {@link roleMatches}), in order. */
export function headNouns(phrase: string): string[] {
  const heads = phrase
    .split(/[;,()]|\b(?:and|or)\b|&/i)
    .map(headNoun)
    .filter((head): head is string => head !== null);
  return [...new Set(heads)];
}

/** Normalised content words of a phrase, in order. */
export function contentWords(phrase: string): string[] {
  return tokens(phrase)
    .filter((t) => t.kind === 'word' && isContent(t.value))
    .map((t) => stem(t.value));
}

/** The head noun of a phrase's leading noun phrase (stemmed), or null if it has none. */
export function headNoun(phrase: string): string | null {
  let head: string | null = null;
  for (const token of tokens(phrase)) {
    const endsPhrase =
      token.kind === 'mark' ||
      BOUNDARY_WORDS.has(token.value) ||
      (head !== null && /^[a-z]{2,}(ing|ed)$/.test(token.value));
    if (endsPhrase) {
      if (head !== null) return head;
      continue;
    }
    if (isContent(token.value)) head = stem(token.value);
  }
  return head;
}

/** Light plural stemming and synonym folding; see {@link roleMatches}. */
export function stem(word: string): string {
  const base = plural(word);
  return SYNONYMS.get(base) ?? base;
}

function plural(word: string): string {
  const irregular = IRREGULAR_PLURALS.get(word);
  if (irregular !== undefined) return irregular;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(sses|xes|ches|shes)$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

interface Token {
  kind: 'word' | 'mark';
  value: string;
}

/**
 * An age band, however it is written: "14–17s", "14-17 year olds", "the 14 to 17-year-olds",
 * "16-18 yr olds", "aged 14–17". Each becomes one word ("age14to17"), so that the ways of writing it match.
 */
const AGE_BAND =
  /(\baged\s+)?(\d+)\s*(?:-|–|—|to)\s*(\d+)('?s\b|[\s-]*(?:year|yr)s?[\s-]*olds?\b|\s+years?\s+old\b)?/g;

/** Rewrites each age band of a lowercased phrase as one word; other number ranges stay. */
const foldAgeBands = (text: string) =>
  text.replace(AGE_BAND, (range, aged, from, to, suffix) =>
    aged === undefined && suffix === undefined ? range : ` age${from}to${to} `,
  );

/** Words (letters/digits) and the punctuation that ends a noun phrase. */
function tokens(phrase: string): Token[] {
  const out: Token[] = [];
  const text = foldAgeBands(phrase.toLowerCase());
  for (const match of text.matchAll(/[\p{L}\p{N}]+|[(),;:/]/gu)) {
    const value = match[0];
    out.push({ kind: /^[(),;:/]$/.test(value) ? 'mark' : 'word', value });
  }
  return out;
}

function isContent(word: string): boolean {
  return word.length > 1 && !STOP_WORDS.has(word) && !/^\p{N}+$/u.test(word);
}
