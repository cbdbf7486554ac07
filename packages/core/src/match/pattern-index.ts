import { isText, type Token } from '../text/tokenize.ts';
import { type CompiledPattern, compilePattern, firstKeysOfSource } from './pattern.ts';
import { currentStemId, NUMBER_KEY } from './stem-ids.ts';

/** A pattern match: token range `[from, to)` and the entry that matched. */
export interface PatternMatch<T> {
  readonly entry: T;
  readonly from: number;
  readonly to: number;
}

/** Patterns indexed by the stems they can start with, for one pass over a text. */
export interface PatternIndex<T> {
  /** Every match of every pattern, in text order (ties: longer first). */
  findAll(tokens: readonly Token[]): PatternMatch<T>[];
  /** Matches that start exactly at token `at`. */
  findAt(tokens: readonly Token[], at: number): readonly PatternMatch<T>[];
}

/**
 * One pattern of an entry, filed under each key it can start with. It is compiled the first
 * time a text offers it a start: a one-shot classification compiles only the patterns its
 * words can begin, not the whole lexicon.
 */
interface Candidate<T> {
  readonly entry: T;
  readonly source: string;
  compiled: CompiledPattern | undefined;
}

const compiledOf = <T>(candidate: Candidate<T>): CompiledPattern =>
  (candidate.compiled ??= compilePattern(candidate.source));

// Shared, never mutated: most tokens start no match.
const NONE: readonly never[] = [];

/**
 * Indexes `patternOf(entry)` for each entry by first stem; each compiles on first use. An entry
 * has one pattern, and a list names each entry once (a lexicon test holds its lists to it), so a
 * match is never reported twice.
 */
export function createPatternIndex<T>(
  entries: readonly T[],
  patternOf: (entry: T) => string,
): PatternIndex<T> {
  const byId = new Map<number, Candidate<T>[]>();
  for (const entry of entries) {
    const source = patternOf(entry);
    const candidate: Candidate<T> = { entry, source, compiled: undefined };
    for (const key of firstKeysOfSource(source)) {
      const candidates = byId.get(key);
      if (candidates === undefined) byId.set(key, [candidate]);
      else candidates.push(candidate);
    }
  }

  // Candidates by key, dense: a token's look-up is one array read.
  let largestKey = 0;
  for (const key of byId.keys()) if (key > largestKey) largestKey = key;
  const byKey = new Array<Candidate<T>[] | undefined>(largestKey + 1).fill(undefined);
  for (const [key, candidates] of byId) byKey[key] = candidates;

  /** The patterns that may start at token `at`, if any. */
  const candidatesAt = (tokens: readonly Token[], at: number): Candidate<T>[] | undefined => {
    const token = tokens[at];
    // Only words and numbers start a match.
    if (!isText(token)) return undefined;
    const key = token.kind === 'number' ? NUMBER_KEY : currentStemId(token.stem, token.stemId);
    return key < byKey.length ? byKey[key] : undefined;
  };

  /** Appends the matches of `list` at token `at` to `into`. */
  const collect = (
    tokens: readonly Token[],
    at: number,
    list: readonly Candidate<T>[],
    into: PatternMatch<T>[],
  ): void => {
    for (let i = 0; i < list.length; i++) {
      const candidate = list[i] as Candidate<T>;
      const pattern = compiledOf(candidate);
      // The token at `at` is a word or number that carries one of the pattern's first keys.
      const to =
        pattern.afterFirst !== undefined
          ? pattern.afterFirst(tokens, at + 1)
          : pattern.match(tokens, at);
      if (to > at) into.push({ entry: candidate.entry, from: at, to });
    }
  };

  const findAt = (tokens: readonly Token[], at: number): readonly PatternMatch<T>[] => {
    const candidates = candidatesAt(tokens, at);
    if (candidates === undefined) return NONE;
    const found: PatternMatch<T>[] = [];
    collect(tokens, at, candidates, found);
    return found.length === 0 ? NONE : found;
  };

  return {
    findAt,
    findAll(tokens) {
      const all: PatternMatch<T>[] = [];
      for (let at = 0; at < tokens.length; at++) {
        const candidates = candidatesAt(tokens, at);
        if (candidates !== undefined) collect(tokens, at, candidates, all);
      }
      return all;
    },
  };
}

/** An index of plain pattern strings, each its own entry (the wordings of the lexicon). */
export const indexPatterns = (patterns: readonly string[]): PatternIndex<string> =>
  createPatternIndex(patterns, (pattern) => pattern);
