/**
 * The lexicon: the cues, the patterns of roles, people and negation, and the word lists the
 * analysis reads. The classifier's code outside `lexicon/` imports it from here rather than from
 * its files, so that a bundler meets the whole lexicon at once and lays its data out in one run:
 * gzip packs the word lists about 1.2 kB tighter than when code that reads them sits between
 * them (`scripts/bench/bundle-size.ts` measures the classify bundle). Files inside `lexicon/`
 * import each other directly; `all-patterns.ts`, every pattern at once for the lexicon's
 * vocabulary and the tools that check or precompute it, is imported on its own.
 *
 * The bundler lays the files out in the order this index reaches them (a file another one imports
 * comes before it), and each file's declarations in the order they are written; gzip finds a
 * repeat only in the 32 kB before it. So each file of cues stands near the lists and patterns
 * whose words its alternatives repeat (`buyers|clients|customers`), and inside the
 * files of word lists and patterns the declarations, each with its own comment, stand in the
 * order that packs tightest, which means nothing else (a declaration stays below those it reads).
 * Both orders are the ones `scripts/lexicon-order.ts` found, moving one file or declaration at a
 * time while a byte was saved: the files' order about 180 bytes of the classify bundle against
 * the files listed by kind (word lists, patterns, cues) and 600 against alphabetical order, the
 * declarations' about 140 more; a run after the session of the forms' changes, 90 more; one after
 * the speed hunt's changes to the code, 25 more. Run it again (`--write`) after a large change to
 * the lexicon.
 * The entries of the keyed word lists (`wordSetsByKey`, read only by key) were ordered the same
 * way once, by a one-off search of the same kind, for about 75 bytes more.
 *
 * @module
 */
// biome-ignore assist/source/organizeImports: listed in the order gzip packs best (see above)
export * from './word-set.ts';
export * from './clause-words.ts';
export * from './sellers.ts';
export * from './phrase-words.ts';
export * from './market-talk.ts';
export * from './excluded-forms.ts';
export * from './cue-definition.ts';
export * from './market-cues.ts';
export * from './people.ts';
export * from './negation.ts';
export * from './hybrid.ts';
export * from './consumer-cues.ts';
export * from './roles.ts';
export * from './customer-purchase-cues.ts';
export * from './customer-retention-cues.ts';
export * from './customer-base-cues.ts';
export * from './segment.ts';
export * from './customer-data-cues.ts';
export * from './customer-relationship-cues.ts';
export * from './customer-cues.ts';
export * from './other-genres.ts';
