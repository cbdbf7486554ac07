import {
  CONCESSIONS,
  CONTRAST_CANCELLERS,
  CONTRASTS,
  NEGATING_LABELS,
  PAST_CONTINUED,
  PAST_OPENERS,
  PRESENT_OPENERS,
} from '../lexicon/index.ts';
import { indexPatterns } from '../match/pattern-index.ts';
import { isText, isWord, normAt, type Token } from '../text/tokenize.ts';

/** Sentence structure that decides how much each token counts. */
export interface Structure {
  /** Sentence number of each token (breaks: . ; ! ? newline, dashes). */
  readonly sentence: readonly number[];
  /** Clause number of each token (sentence breaks, commas, brackets, colons). */
  readonly clause: readonly number[];
  /**
   * Weight factor of each token: below 1 inside a concession, before a "but", or in the past a
   * later sentence replaces ("Last year … This year …").
   */
  readonly emphasis: readonly number[];
  /**
   * True where a label such as "Out of scope:" negates the rest of the sentence, or a label on a
   * line of its own ("## Not in scope") the lines under it.
   */
  readonly labelNegated: readonly boolean[];
}

const concessions = indexPatterns(CONCESSIONS);
const contrasts = indexPatterns(CONTRASTS);
const contrastCancellers = indexPatterns(CONTRAST_CANCELLERS);
const negatingLabels = indexPatterns(NEGATING_LABELS);
const pastOpeners = indexPatterns(PAST_OPENERS);
const presentOpeners = indexPatterns(PRESENT_OPENERS);

/** How much background (a concession, or what a "but" overrides) counts, relative to 1. */
export const BACKGROUND_FACTOR = 0.45;

/** True for a break that ends a sentence: punctuation, a line break, a dash (not a colon). */
export function isSentenceBreak(token: Token): boolean {
  return token.kind === 'break' && token.norm !== ':';
}

/** Works out sentences, clauses, concessions and negating labels in one linear pass. */
export function analyseStructure(tokens: readonly Token[]): Structure {
  const n = tokens.length;
  const sentence = new Array<number>(n);
  const clause = new Array<number>(n);
  const emphasis = new Array<number>(n).fill(1);
  const labelNegated = new Array<boolean>(n).fill(false);

  let s = 0;
  let c = 0;
  let sentenceStart = 0;
  // Tokens before this index (in the current sentence) already count as background: each
  // token is lowered once however many "but"s follow it, so the pass stays linear.
  let backgroundEnd = 0;
  let concessionOpen = false;
  let labelOpen = false;
  // Where a sentence that opens in the past starts, until a sentence opens on the present.
  let pastFrom = -1;
  // A line that is only a negating label ("## Not in scope", "Out of scope:") negates the lines
  // under it, to a blank line after some words, or to a line that opens a section or a field of
  // its own ("## Plan", "Channels: …").
  let lineStart = 0;
  let section = 0; // 0: none; 1: opened by a label line; 2: and some words read under it
  for (let i = 0; i < n; i++) {
    const token = tokens[i] as Token;
    if (
      i === lineStart &&
      (token.norm === '#' || tokens.slice(i, i + 4).find((t) => t.kind === 'break')?.norm === ':')
    )
      section = 0;
    if (token.kind === 'break' && token.norm === '') {
      let from = lineStart;
      while (tokens[from]?.kind === 'symbol') from++;
      const to = normAt(tokens, i - 1) === ':' ? i - 1 : i;
      // A blank line ends a section that had words under it, and the past a plan replaces,
      // which lies in its paragraph.
      if (lineStart === i) {
        if (section > 1) section = 0;
        pastFrom = -1;
      }
      // A line that ends in a colon may carry words around a label of several words ("Out of
      // scope for this phase:", "What we're NOT doing this quarter:"; not "Things to figure
      // out:", "Budget (fees excluded):"); any other line must be the label alone.
      for (let j = from; j < (to < i ? to : from + 1); j++)
        if (
          negatingLabels
            .findAt(tokens, j)
            .some((m) => (j === from && m.to === to) || (to < i && m.to - j > 1))
        )
          section = 1;
      lineStart = i + 1;
    }
    // Punctuation, brackets and breaks end a clause; words, numbers and symbols ("/", "#") do not.
    if (!isText(tokens[i]) && token.kind !== 'symbol') {
      c++;
      concessionOpen = false;
      if (isSentenceBreak(token)) {
        s++;
        sentenceStart = i + 1;
        labelOpen = false;
      } else if (token.norm === ':' && i > 0) {
        // "Out of scope: …" — a negating label right before the colon. A one-word label opens
        // its sentence ("Out: …"; "hear me out: …" labels nothing).
        for (let back = Math.max(sentenceStart, i - 4); back < i; back++) {
          const labels = negatingLabels.findAt(tokens, back);
          if (labels.some((m) => m.to === i && (back === sentenceStart || m.to - m.from > 1)))
            labelOpen = true;
        }
      }
    } else {
      // "Last year we ran TV. … This year the money goes to members": the past is background.
      if (i === sentenceStart) {
        if (pastOpeners.findAt(tokens, i).length > 0) pastFrom = pastFrom < 0 ? i : pastFrom;
        else if (pastFrom >= 0 && presentOpeners.findAt(tokens, i).length > 0) {
          let k = i;
          while (k < n && !isSentenceBreak(tokens[k] as Token)) k++;
          if (!tokens.slice(i, k).some((t) => PAST_CONTINUED.has(t.norm)))
            for (k = pastFrom; k < i; k++)
              emphasis[k] = Math.min(emphasis[k] as number, BACKGROUND_FACTOR);
          pastFrom = -1;
        }
      }
      if (concessions.findAt(tokens, i).length > 0) concessionOpen = true;
      const contrast = contrasts.findAt(tokens, i)[0];
      if (contrast !== undefined && contrastCancellers.findAt(tokens, contrast.to).length === 0) {
        for (let back = Math.max(sentenceStart, backgroundEnd); back < i; back++) {
          emphasis[back] = Math.min(emphasis[back] as number, BACKGROUND_FACTOR);
        }
        backgroundEnd = i;
        concessionOpen = false;
      }
    }
    sentence[i] = s;
    clause[i] = c;
    if (concessionOpen) emphasis[i] = BACKGROUND_FACTOR;
    if (section && isWord(token)) section = 2;
    labelNegated[i] = labelOpen || section > 1;
  }
  return { sentence, clause, emphasis, labelNegated };
}
