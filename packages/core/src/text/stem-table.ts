/**
 * The compact text form of the precomputed stem table. Most stems are their word with a few
 * letters cut off the end, so each entry is written as the word and the edit that makes its
 * stem: `word` alone when the stem is the word, else `word:N` (cut N letters) or `word:Nrest`
 * (cut N letters, then append `rest`; N is left out when it is 0). Entries are separated by
 * spaces. "accounts:1" is "account", "advocacy:1i" is "advocaci", "buyers:3~" is "buy~".
 *
 * @module
 */

/**
 * Writes `[word, stem]` pairs in the compact form. Words must hold no space or colon, and what a
 * stem appends must not start with a digit (stems are letters and the agent mark).
 */
export function encodeStemTable(pairs: readonly (readonly [string, string])[]): string {
  return pairs
    .map(([word, stem]) => {
      let shared = 0;
      while (shared < word.length && shared < stem.length && word[shared] === stem[shared])
        shared += 1;
      const cut = word.length - shared;
      const rest = stem.slice(shared);
      if (cut === 0 && rest === '') return word;
      return `${word}:${cut === 0 ? '' : cut}${rest}`;
    })
    .join(' ');
}

const EDIT = /^(\d*)(.*)$/s;

/** Reads the compact form back into a map from word to stem. */
export function decodeStemTable(encoded: string): Map<string, string> {
  const table = new Map<string, string>();
  if (encoded === '') return table;
  for (const entry of encoded.split(' ')) {
    const colon = entry.indexOf(':');
    if (colon < 0) {
      table.set(entry, entry);
      continue;
    }
    const word = entry.slice(0, colon);
    const [, cut = '', rest = ''] = EDIT.exec(entry.slice(colon + 1)) ?? [];
    table.set(word, word.slice(0, word.length - Number(cut)) + rest);
  }
  return table;
}
