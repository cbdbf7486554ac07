import type { Token } from '../text/tokenize.ts';
import { matchPatternAt } from './match-pattern.ts';
import { type CompiledPattern, compilePattern } from './pattern.ts';

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
  findAt(tokens: readonly Token[], at: number): PatternMatch<T>[];
}

// Shared, never mutated: most tokens start no match.
const NONE: never[] = [];

/** Compiles `patternOf(entry)` for each entry and indexes them by first stem. */
export function createPatternIndex<T>(
  entries: readonly T[],
  patternOf: (entry: T) => string | readonly string[],
): PatternIndex<T> {
  const byKey = new Map<string, { entry: T; pattern: CompiledPattern }[]>();
  for (const entry of entries) {
    const sources = patternOf(entry);
    for (const source of typeof sources === 'string' ? [sources] : sources) {
      const pattern = compilePattern(source);
      for (const key of pattern.firstKeys) {
        const list = byKey.get(key) ?? [];
        list.push({ entry, pattern });
        byKey.set(key, list);
      }
    }
  }

  const findAt = (tokens: readonly Token[], at: number): PatternMatch<T>[] => {
    const token = tokens[at];
    if (token === undefined) return NONE;
    const candidates = byKey.get(token.kind === 'number' ? '#' : token.stem);
    if (candidates === undefined) return NONE;
    let found: PatternMatch<T>[] | undefined;
    for (const { entry, pattern } of candidates) {
      const to = matchPatternAt(tokens, pattern, at);
      if (to <= at) continue;
      // One entry may list several patterns: keep its longest match here.
      const same = found?.find((m) => m.entry === entry);
      if (same !== undefined && same.to >= to) continue;
      found = (found ?? []).filter((m) => m.entry !== entry);
      found.push({ entry, from: at, to });
    }
    return found ?? NONE;
  };

  return {
    findAt,
    findAll(tokens) {
      const all: PatternMatch<T>[] = [];
      for (let at = 0; at < tokens.length; at++) all.push(...findAt(tokens, at));
      return all;
    },
  };
}
