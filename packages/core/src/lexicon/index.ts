/**
 * The lexicon: the cues, the patterns of roles, people and negation, and the word lists the
 * analysis reads. The classifier's code outside `lexicon/` imports it from here rather than from
 * its files, so that a bundler meets the whole lexicon at once and lays its data out in one run:
 * gzip packs the word lists about 1.2 kB tighter than when code that reads them sits between
 * them (`scripts/bench/bundle-size.ts` measures the classify bundle). Files inside `lexicon/`
 * import each other directly; `all-patterns.ts`, every pattern at once for the lexicon's
 * vocabulary and the tools that check or precompute it, is imported on its own.
 *
 * The files are listed by the kind of data they hold, and the bundler lays them out in that
 * order: the word lists, then the patterns, then the cues, the bulk of the lexicon, last. A cue's
 * alternatives repeat many words of the patterns before them (`customers|clients|buyers`), and
 * gzip finds a repeat only in the 32 kB before it: in this order the classify bundle is about
 * 300 bytes smaller than with the files in alphabetical order.
 *
 * @module
 */
// Word lists: words separated by spaces.
// biome-ignore assist/source/organizeImports: listed by kind of data, not alphabetically (see above)
export * from './clause-words.ts';
export * from './excluded-forms.ts';
export * from './market-talk.ts';
export * from './other-genres.ts';
export * from './phrase-words.ts';
export * from './sellers.ts';
export * from './word-set.ts';
// Patterns: slots of alternatives separated by `|`.
export * from './hybrid.ts';
export * from './negation.ts';
export * from './people.ts';
export * from './roles.ts';
export * from './segment.ts';
// Cues: patterns with the weights they give and a reason.
export * from './consumer-cues.ts';
export * from './cue-definition.ts';
export * from './customer-cues.ts';
export * from './market-cues.ts';
