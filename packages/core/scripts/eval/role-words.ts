/**
 * Word lists for the role-span matcher (see role-match.ts). Data only.
 *
 * Stop words carry no identity of a role ("the parents" = "parents"); quantifiers too
 * ("top 50 resellers" names resellers). Boundaries end the leading noun phrase, whose last content
 * word is the head noun ("merchants processing over $1M" → merchants).
 */

/** Function words and quantifiers dropped before comparing. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...['a', 'an', 'the', 'this', 'that', 'these', 'those', 'such'],
  ...['our', 'their', 'its', 'his', 'her', 'my', 'your', 'we', 'they', 'them', 'us', 'you', 'it'],
  ...['he', 'she', 'who', 'whom', 'whose', 'which', 'what', 'where', 'when'],
  ...['of', 'at', 'on', 'in', 'for', 'from', 'to', 'into', 'by', 'via', 'with', 'without'],
  ...['over', 'under', 'above', 'below', 'near', 'across', 'within', 'per', 'than', 'as'],
  ...['and', 'or', 'but', 'plus', 'nor', 'if', 'so'],
  ...['is', 'are', 'was', 'were', 'be', 'been', 'being', 'do', 'does', 'did', 'have', 'has', 'had'],
  ...['not', 'no', 'haven', 'hasn', 'don', 'doesn', 'isn', 'aren', 'won', 'can', 'will'],
  ...['top', 'all', 'each', 'every', 'some', 'many', 'most', 'more', 'other', 'any', 'both'],
]);

/** Words that end the leading noun phrase (prepositions, relatives, conjunctions). */
export const BOUNDARY_WORDS: ReadonlySet<string> = new Set([
  ...['of', 'at', 'on', 'in', 'for', 'from', 'to', 'into', 'by', 'via', 'with', 'without'],
  ...['over', 'under', 'above', 'below', 'near', 'across', 'within', 'per', 'than', 'aged'],
  ...['who', 'that', 'which', 'whose', 'where', 'when', 'and', 'or', 'but', 'plus'],
  // post-nominal adjective: "cat owners new to clumping litter"
  'new',
]);

/** Plurals that the suffix rules get wrong. */
export const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ['children', 'child'],
  ['people', 'person'],
  ['men', 'man'],
  ['women', 'woman'],
  ['feet', 'foot'],
  ['teeth', 'tooth'],
  ['mice', 'mouse'],
  ['geese', 'goose'],
  ['wives', 'wife'],
  ['lives', 'life'],
  ['staff', 'staff'],
  ['series', 'series'],
  ['news', 'news'],
]);

/**
 * Everyday synonyms folded onto one word, so that a gold paraphrase ("children") matches the
 * text's own wording ("the kids"). Kept short on purpose: only words that name the same people.
 */
export const SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['kid', 'child'],
  ['youngster', 'child'],
  ['mum', 'mother'],
  ['mom', 'mother'],
  ['mummy', 'mother'],
  ['mommy', 'mother'],
  ['dad', 'father'],
  ['daddy', 'father'],
  ['teenager', 'teen'],
  ['firm', 'company'],
  // Everyday shortenings.
  ['dept', 'department'],
  ['uni', 'university'],
]);
