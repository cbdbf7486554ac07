import { porterStem } from './porter-stemmer.ts';
import { INFORMAL, VARIANTS } from './spelling.ts';

const ASCII_WORD = /^[a-z]+$/;

/** British -ise/-our endings, rewritten to one spelling so both forms stem alike. */
function unifySpelling(word: string): string {
  if (word.length < 6) return word;
  let w = word.replace(/is(e|ed|es|ing|ation|ations|er|ers)$/, 'iz$1');
  w = w.replace(/([a-z]{2,})our(s|ed|ing|ite|ites|able)?$/, '$1or$2');
  return w;
}

/**
 * The canonical form of a word: lowercase, informal shorthand and typos expanded, spelling
 * variants unified. Deterministic and cheap; applied to text and cue words alike.
 */
export function normalizeWord(raw: string): string {
  const lower = raw.toLowerCase().replace(/[’`]/g, "'");
  const informal = INFORMAL[lower] ?? lower;
  const variant = VARIANTS[informal] ?? informal;
  return unifySpelling(variant);
}

/** The stem used for matching: the Porter stem of the canonical form (ASCII words only). */
export function stemWord(normalized: string): string {
  return ASCII_WORD.test(normalized) ? porterStem(normalized) : normalized;
}

/** Canonical form then stem, in one call. */
export function keyOf(raw: string): string {
  return stemWord(normalizeWord(raw));
}
