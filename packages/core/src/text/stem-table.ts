/**
 * The compact text form of the precomputed stem table. Most stems are their word with a few
 * letters cut off the end, so each entry is written as the word and, where needed, the edit that
 * makes its stem: `word` alone when the common endings guess the stem right (see `guessStem`:
 * "accounts" → "account", "policies" → "polici"), else `word:N` (cut N letters) or `word:Nrest`
 * (cut N letters, then append `rest`; N is left out when it is 0, so `word:` is the word itself).
 * Each word is front-coded: a digit says how many of its first letters (at most 9) it shares
 * with the word before it, and only the rest is written. Entries are separated by spaces.
 * "0retention:3" is "retention" → "retent"; after "policies", "1rice" is "price" → "price". The
 * agent mark is not written: the stem of every agent noun carries it, so "0buyers:3" is "buyers"
 * → "buy~". In alphabetical order the front coding saves about a quarter of the table's gzipped
 * size.
 *
 * @module
 */

import { AGENT_MARK, isAgentNoun } from './agent-mark.ts';

/** Most leading letters an entry may share with the word before it: one digit. */
const MAX_SHARED_PREFIX = 9;

/** How many leading characters `a` and `b` share, at most `limit`. */
function sharedPrefixLength(a: string, b: string, limit: number): number {
  let length = 0;
  while (length < limit && length < a.length && length < b.length && a[length] === b[length])
    length += 1;
  return length;
}

/**
 * The stem an entry with no edit stands for: the word with a common ending taken off ("-s",
 * "-ing", "-ed") or turned into Porter's "i" ("-ies", "-y"). Right for about two thirds of the
 * lexicon's words, so most entries need no edit.
 */
function guessStem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}i`;
  if (word.length > 3 && /[^s]s$/.test(word)) return word.slice(0, -1);
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('y')) return `${word.slice(0, -1)}i`;
  return word;
}

/**
 * Writes `[word, stem]` pairs in the compact form. Words must hold no space or colon, what a
 * stem appends must not start with a digit, and the stem of an agent noun must end in the agent
 * mark (as `computeStem` makes them; else this throws).
 */
export function encodeStemTable(pairs: readonly (readonly [string, string])[]): string {
  let previous = '';
  return pairs
    .map(([word, markedStem]) => {
      const agent = isAgentNoun(word);
      if (agent && !markedStem.endsWith(AGENT_MARK))
        throw new Error(`the stem of the agent noun "${word}" lacks the agent mark`);
      const stem = agent ? markedStem.slice(0, -AGENT_MARK.length) : markedStem;
      const prefix = sharedPrefixLength(word, previous, MAX_SHARED_PREFIX);
      previous = word;
      const written = `${prefix}${word.slice(prefix)}`;
      if (stem === guessStem(word)) return written;
      const shared = sharedPrefixLength(word, stem, word.length);
      const cut = word.length - shared;
      const rest = stem.slice(shared);
      return `${written}:${cut === 0 ? '' : cut}${rest}`;
    })
    .join(' ');
}

/**
 * Reads the compact form back into a map from word to stem. One pass of index arithmetic with no
 * intermediate arrays: it runs once, as the package loads, before the engine has optimised it.
 */
export function decodeStemTable(encoded: string): Map<string, string> {
  const table = new Map<string, string>();
  let previous = '';
  let from = 0;
  while (from < encoded.length) {
    let to = encoded.indexOf(' ', from);
    if (to < 0) to = encoded.length;
    const colon = encoded.indexOf(':', from);
    const prefix = previous.slice(0, encoded.charCodeAt(from) - 48);
    if (colon < 0 || colon > to) {
      const word = prefix + encoded.slice(from + 1, to);
      const stem = guessStem(word);
      table.set(word, isAgentNoun(word) ? stem + AGENT_MARK : stem);
      previous = word;
    } else {
      const word = prefix + encoded.slice(from + 1, colon);
      previous = word;
      let cut = 0;
      let at = colon + 1;
      for (let digit = encoded.charCodeAt(at) - 48; digit >= 0 && digit <= 9; ) {
        cut = cut * 10 + digit;
        at += 1;
        digit = encoded.charCodeAt(at) - 48;
      }
      const stem = word.slice(0, word.length - cut) + encoded.slice(at, to);
      table.set(word, isAgentNoun(word) ? stem + AGENT_MARK : stem);
    }
    from = to + 1;
  }
  return table;
}
