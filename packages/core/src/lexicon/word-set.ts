import { normalizeWord } from '../text/normalize.ts';

/**
 * A set of words from a whitespace-separated list, each in the form the tokenizer gives a
 * token's `norm` ("adviser" → "advizer", "programme" → "program"), so that data written in
 * everyday spelling matches the text it is compared with, and one spelling of a word (or one of
 * its shorthands: "biz" is "business") is enough. A contraction is the word it reads as
 ("'ve" is "have", "'ll" is "will"): only "'s" stays a token of its own.
 */
export function wordSet(words: string): ReadonlySet<string> {
  return new Set(
    words
      .trim()
      .split(/\s+/)
      .map((word) => normalizeWord(word)),
  );
}

/** Word sets under their keys, each read from its list as `wordSet` reads one. */
export function wordSetsByKey(
  lists: Readonly<Record<string, string>>,
): ReadonlyMap<string, ReadonlySet<string>> {
  return new Map(Object.entries(lists).map(([key, words]) => [key, wordSet(words)]));
}
