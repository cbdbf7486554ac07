/**
 * What `computeStem` appends to the stem of an agent noun ("buyers" → "buy~"), so that people
 * ("subscribers") and what they do ("subscribes") never meet on one stem.
 */
export const AGENT_MARK = '~';

/** Agent nouns: ASCII words of 5–40 letters in -er, -ers, -or or -ors ("buyers", "advisor"). */
const AGENT_NOUN = /^(?=[a-z]{5,40}$).*(?:er|or)s?$/;

/** True for a word whose stem `computeStem` marks with `AGENT_MARK`. */
export const isAgentNoun = (word: string): boolean => AGENT_NOUN.test(word);
