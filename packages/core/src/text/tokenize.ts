import { recordStemId, refreshStemId } from '../match/stem-ids.ts';
import { MEMO_LIMIT, memoised } from '../memo.ts';
import { wordKey } from './normalize.ts';

/** What a token is. `break` tokens end a clause (punctuation, line breaks, dashes, arrows). */
export type TokenKind = 'word' | 'number' | 'comma' | 'break' | 'open' | 'close' | 'symbol';

/** True for a word or a number: what phrases and patterns are made of (punctuation ends them). */
export const isText = (token: Token | undefined): token is Token =>
  token !== undefined && (token.kind === 'word' || token.kind === 'number');

/** True for a word (not a number, not punctuation). */
export const isWord = (token: Token | undefined): token is Token => token?.kind === 'word';

/** True for a number ("500", "12.5%", "3k"). */
export const isNumber = (token: Token | undefined): boolean => token?.kind === 'number';

/** The canonical form of the token at `at`; '' past either end of the text. */
export const normAt = (tokens: readonly Token[], at: number): string => tokens[at]?.norm ?? '';

/** One token with its position in the original text. */
export interface Token {
  /** Index in the token array. */
  readonly index: number;
  readonly kind: TokenKind;
  /** UTF-16 offsets into the original text: `text.slice(start, end)` is the token. */
  readonly start: number;
  readonly end: number;
  /** Canonical lowercase form (shorthand and typos expanded). */
  readonly norm: string;
  /** Matching key: the stem of `norm`. */
  readonly stem: string;
  /**
   * `stem` as a number for pattern matching (`recordStemId` in `match/stem-ids.ts`); 0 for
   * tokens that are neither words nor numbers.
   */
  readonly stemId: number;
}

// Words (letters, then letters/digits, joined by apostrophes; "H&S", "R&D": two letters joined by
// "&"), numbers (with separators, currency and unit suffixes), and the punctuation that structures
// a sentence. `W` stands for the letter a word starts with (never a mark: an emoji's variation
// selector opens no word), `L` for a letter or mark and `N` for a digit: Unicode classes in
// general, ASCII ones for plain text.
const TOKEN_SOURCE = String.raw`either/or\b|n['’]t\b|[W][LN]*?(?=n['’]t\b)|[W]&[W]\b|[W][LN]*|[N]+(?:[.,][N]+)*(?:[%+]|[kmb]\b)?|['’](?:ll|ve|re|d|s|m)\b|['’]|=(?!>)|[;.!?:\n\u2014\u2022\u2023\u25E6\u25AA\u25CF\u2043\u00B7]|(?<![N])\u2013|\u2013(?![N])|-+>|=>|[\u2192\u21D2]|-{2,}|\s-\s|,|[([{]|[)\]}]|[/&+#@$€£]`;

const tokenPattern = (first: string, letter: string, digit: string, flags: string) =>
  new RegExp(
    TOKEN_SOURCE.replaceAll('L', letter).replaceAll('N', digit).replaceAll('W', first),
    flags,
  );

/**
 * The token pattern for a text made only of ASCII and the punctuation the pattern names. On such
 * a text the Unicode classes match exactly what the ASCII ones do, and compiling them takes
 * milliseconds, a real share of a one-shot command's start-up.
 */
const ASCII_TOKEN = tokenPattern('a-z', 'a-z', '0-9', 'gi');
/** Characters outside which a text needs the Unicode pattern. */
const BEYOND_ASCII =
  /[^\0-\x7f’\u2014\u2013\u2022\u2023\u25E6\u25AA\u25CF\u2043\u00B7\u2192\u21D2€£“”‘…\u00A0]/;
let unicodeToken: RegExp | undefined;

/** The token pattern for `text`: the ASCII one where it matches exactly what the Unicode one does. */
export function tokenPatternFor(text: string): RegExp {
  if (!BEYOND_ASCII.test(text)) return ASCII_TOKEN;
  unicodeToken ??= tokenPattern(
    String.raw`\p{L}`,
    String.raw`\p{L}\p{M}`,
    String.raw`\p{N}`,
    'giu',
  );
  return unicodeToken;
}

/**
 * Chunks that stand for a word: contractions ("n't" reads as "not") and the symbols that are
 * written for "and". A Map, not an object literal: "constructor" must not find
 * Object.prototype.constructor.
 */
const WORD_STAND_INS: ReadonlyMap<string, string> = new Map([
  ["n't", 'not'],
  ["'ll", 'will'],
  ["'ve", 'have'],
  ["'re", 'are'],
  ["'d", 'would'],
  ["'s", "'s"],
  ["'m", 'am'],
  // "push & pull", "loyalty refresh + TV launch": the word "and".
  ['&', 'and'],
  ['+', 'and'],
]);

function kindOf(chunk: string): TokenKind {
  const first = chunk.charCodeAt(0);
  if (chunk === ',') return 'comma';
  if ((first | 32) >= 97 && (first | 32) <= 122) return 'word';
  if (chunk === '(' || chunk === '[' || chunk === '{') return 'open';
  if (chunk === ')' || chunk === ']' || chunk === '}') return 'close';
  if (
    /^[;.!?:=\n\u2014\u2013\u2022\u2023\u25E6\u25AA\u25CF\u2043\u00B7\u2192\u21D2]$|^-{2,}$|^-+>$|^=>$|^\s-\s$/.test(
      chunk,
    )
  )
    return 'break';
  if (first >= 48 && first <= 57) return 'number';
  if (/^\p{N}/u.test(chunk)) return 'number';
  if (/^[\p{L}\p{M}]/u.test(chunk)) return 'word';
  return 'symbol';
}

/** What a chunk of text reads as, wherever it stands: a pure function of the chunk. */
interface ChunkReading {
  readonly kind: TokenKind;
  readonly norm: string;
  readonly stem: string;
  /** `recordStemId(stem)`; recorded again when patterns with new stems were compiled since. */
  stemId: number;
  /** The chunk is a lone apostrophe. */
  readonly apostrophe: boolean;
}

function readChunk(chunk: string): ChunkReading {
  // "isn't" arrives as "isn" + "'t": give the stem back its letters and make "n't" a word.
  let norm: string;
  let stem: string | undefined;
  let kind = kindOf(chunk);
  const lower = chunk.toLowerCase().replace('’', "'");
  const standIn = WORD_STAND_INS.get(lower);
  if (standIn !== undefined) {
    norm = standIn;
    kind = 'word';
  } else if (kind === 'word') {
    const key = wordKey(chunk);
    norm = key.norm;
    stem = key.stem;
  } else {
    // "Payer = the account holder", "target = new grads": a note's "=" labels as ":" does.
    norm = lower === '=' ? ':' : lower.trim();
  }
  stem ??= norm;
  const stemId = kind === 'word' || kind === 'number' ? recordStemId(stem) : 0;
  return { kind, norm, stem, stemId, apostrophe: lower === "'" };
}

// Texts reuse a small vocabulary, so most chunks are read once.
const memoisedReading = memoised(readChunk, new Map(), MEMO_LIMIT);

function readChunkMemoised(chunk: string): ChunkReading {
  const reading = memoisedReading(chunk);
  // A stem unknown when the chunk was first read may have been recorded since, by patterns
  // compiled later.
  if (reading.stemId < 0) reading.stemId = refreshStemId(reading.stem, reading.stemId);
  return reading;
}

/**
 * Splits a text into tokens with offsets. Linear in the length of the text; never throws.
 * Hyphens inside words split them ("win-back" → "win", "back") so both spellings match alike.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // The pattern is global (`g`): exec walks the text from lastIndex; tokenize never re-enters
  // itself.
  const TOKEN = tokenPatternFor(text);
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const chunk = match[0];
    const start = match.index;
    const { kind, norm, stem, stemId, apostrophe } = readChunkMemoised(chunk);
    // Punctuation before the first word structures nothing ("\n\nBrief: …" reads as "Brief: …").
    if (tokens.length === 0 && kind !== 'word' && kind !== 'number') continue;
    // A plural possessive ("owners' club") reads like the compound it is ("owners club").
    const previous = tokens[tokens.length - 1];
    if (
      apostrophe &&
      previous?.kind === 'word' &&
      previous.end === start &&
      previous.norm.endsWith('s')
    )
      continue;
    tokens.push({
      index: tokens.length,
      kind,
      start: kind === 'break' && chunk.length === 3 ? start + 1 : start,
      end: kind === 'break' && chunk.length === 3 ? start + 2 : start + chunk.length,
      norm,
      stem,
      stemId,
    });
  }
  return tokens;
}
