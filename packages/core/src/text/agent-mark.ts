/**
 * What `computeStem` appends to the stem of an agent noun ("buyers" → "buy~"), so that people
 * ("subscribers") and what they do ("subscribes") never meet on one stem.
 */
export const AGENT_MARK = '~';
