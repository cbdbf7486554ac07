import { MEMO_LIMIT, memoised } from '../memo.ts';
import { AGENT_MARK, isAgentNoun } from './agent-mark.ts';
import { porterStem } from './porter-stemmer.ts';
import { INFORMAL, VARIANTS } from './spelling.ts';
import { createTypoCorrector } from './typos.ts';

/** Each form of a `word: 'form form'` table, mapped to its word. */
const byForm = (table: Readonly<Record<string, string>>): ReadonlyMap<string, string> =>
  new Map(
    Object.entries(table).flatMap(([word, forms]) => forms.split(' ').map((form) => [form, word])),
  );

const ASCII_WORD = /^[a-z]+$/;
// Maps, not the object literals: "constructor" must not find Object.prototype.constructor.
const INFORMAL_WORDS: ReadonlyMap<string, string> = byForm(INFORMAL);
const SPELLING_VARIANTS: ReadonlyMap<string, string> = byForm(VARIANTS);
/** Longer "words" are not English words (a pasted hash, a run of one letter): left as they are. */
const LONGEST_WORD = 40;

/** British -ise/-our endings, rewritten to one spelling so both forms stem alike. */
function unifySpelling(word: string): string {
  if (word.length < 6 || !(word.includes('is') || word.includes('our'))) return word;
  let w = word.replace(/is(e|ed|es|ing|ation|ations|er|ers)$/, 'iz$1');
  w = w.replace(/([a-z]{2,})our(s|ed|ing|ite|ites|able)?$/, '$1or$2');
  return w;
}

/**
 * The canonical form of a word: lowercase, informal shorthand and typos expanded, spelling
 * variants unified. Deterministic and cheap; applied to text and cue words alike.
 */
export function normalizeWord(raw: string): string {
  let lower = raw.toLowerCase().replace(/[’`]/g, "'");
  // "café" and "cafe", "naïve" and "naive" meet: accents are dropped from Latin letters.
  if (/[^ -~]/.test(lower)) lower = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (lower.length > LONGEST_WORD) return lower;
  const informal = INFORMAL_WORDS.get(lower) ?? lower;
  const variant = SPELLING_VARIANTS.get(informal) ?? informal;
  return unifySpelling(variant);
}

/**
 * The stem used for matching: the Porter stem of the canonical form (ASCII words only), with
 * agent nouns ("-er", "-or") marked so they do not meet the verb they come from.
 */
export function computeStem(normalized: string): string {
  if (normalized.length > LONGEST_WORD || !ASCII_WORD.test(normalized)) return normalized;
  const stem = porterStem(normalized);
  // Agent nouns keep a mark of their own: "buyers" must not meet "buy", nor "users" "use",
  // nor "engineers" "engine" — who does something matters as much as what is done.
  return isAgentNoun(normalized) ? `${stem}${AGENT_MARK}` : stem;
}

// The lexicon's words (canonical form) and their stems: the vocabulary that typo tolerance
// corrects toward, and a shortcut for stemming those words. Empty until `useLexiconStems`.
let lexicon: ReadonlyMap<string, string> = new Map();
// Their stems, for typo tolerance and `isLexiconStem` alike.
let knownStems: ReadonlySet<string> = new Set();
let correctTypo = createTypoCorrector(lexicon, computeStem, knownStems);

/**
 * Sets the lexicon's words and their stems. A classifier reads them off its patterns when it is
 * built (`ensureLexiconStems` in `text/lexicon-vocabulary.ts`), unless the fast start has handed
 * them over precomputed. Memoised word keys are dropped: typo tolerance may now read differently.
 */
export function useLexiconStems(stems: ReadonlyMap<string, string>): void {
  lexicon = stems;
  knownStems = new Set(stems.values());
  correctTypo = createTypoCorrector(stems, computeStem, knownStems);
  memo.clear();
}

/** True once the lexicon's words and stems are known. */
export const hasLexiconStems = (): boolean => lexicon.size > 0;

/**
 * The known stem of a lexicon word already in canonical form, else `undefined`. The cheap path
 * for compiling the lexicon's patterns.
 */
export function lexiconStem(canonical: string): string | undefined {
  return lexicon.get(canonical);
}

/** True when some word of the lexicon has this stem: "employees" for a lexicon with "employee". */
export const isLexiconStem = (stem: string): boolean => knownStems.has(stem);

/** `computeStem`, answered from the lexicon's stems where it can. */
export function stemWord(normalized: string): string {
  return lexicon.get(normalized) ?? computeStem(normalized);
}

/** A word's canonical form and stem. */
export interface WordKey {
  readonly norm: string;
  readonly stem: string;
}

function computeWordKey(raw: string): WordKey {
  const normalized = normalizeWord(raw);
  const norm = ASCII_WORD.test(normalized) ? (correctTypo(normalized) ?? normalized) : normalized;
  return { norm, stem: stemWord(norm) };
}

// Briefs reuse a small vocabulary; `useLexiconStems` clears the memo.
const memo = new Map<string, WordKey>();

/** Canonical form and stem of a raw word, memoised. */
export const wordKey = memoised(computeWordKey, memo, MEMO_LIMIT);
