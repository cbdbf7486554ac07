import { wordSet } from './word-set.ts';

/**
 * Words that tell where a clause describing a role noun opens and ends: "members [who spent
 * 500+ last year] get …", "the parents [wearing the pendant] have …". Data only; the algorithm is
 * in `analysis/relative-clause.ts`.
 *
 * @module
 */

/**
 * Words in -ing that open no clause: nouns ("the Gold members *thing*", "accounts *something*
 * useful", "alumni *mentoring*") and verbs that only end in -ing ("the snacks 18–24s *bring*").
 */
export const NOUNS_IN_ING: ReadonlySet<string> = wordSet(
  'anything bring ceiling evening everything mentoring morning nothing something spring ' +
    'string thing wedding',
);

/** Articles: one after a short phrase opens a second one ("across the region *the* yields"). */
export const ARTICLES: ReadonlySet<string> = wordSet('a an the');

/** Prepositions that a clause cut short at MAX_CLAUSE words must not end on. */
export const CUT_DANGLING_WORDS: ReadonlySet<string> = wordSet(
  'across at by during in near on over since under within',
);

/**
 * Words that open a clause describing the people before them: "members *who* spent", "owners
 * *with* a trade card", "clinics *in* the north".
 */
export const RELATIVE_OPENERS: ReadonlySet<string> = wordSet(
  'above across aged already currently due from in nationwide near nearing on over ' +
    'still that under who whose with within',
);

/** Openers of a relative clause proper, whose own verb follows them. */
export const CLAUSE_OPENING_PRONOUNS: ReadonlySet<string> = wordSet('that who whose');

/** Adverbs that go with the verb after them: "that *already* buy", "who *usually* pay". */
export const VERB_ADVERBS: ReadonlySet<string> = wordSet(
  'already also always just often still usually',
);

/** Words that end a describing clause: what follows is a new point. */
export const DESCRIPTION_ENDS: ReadonlySet<string> = wordSet('and but or so whereas while yet');

/** Verbs that are as often nouns inside a participle's clause: "showing the tools in real *use*". */
export const NOUN_LIKE_VERBS: ReadonlySet<string> = wordSet('love need needs use uses want wants');

/**
 * Prepositions that, after a past participle, make it a clause describing the noun before it
 * ("patients diagnosed *with* asthma", "commuters stuck *in* traffic").
 */
export const PARTICIPLE_PREPOSITIONS: ReadonlySet<string> = wordSet(
  'after at before between during in into on since under with',
);

/**
 * Words that end a describing clause: what the people get, a modal, or the next point ("members
 * who spent 500+ *get* …").
 */
export const RELATIVE_ENDS: ReadonlySet<string> = wordSet(
  'and are but can earn earns enjoy enjoys find finds gain gains get gets how is plus ' +
    'receive receives should so to unlock unlocks while will',
);

/** Words "never" may follow inside a describing clause: "who *have* never", "that *had* never". */
export const AUXILIARIES: ReadonlySet<string> = wordSet(
  'are be been can could did do does had has have is was were will would',
);

/**
 * Past participles without -ed that open a clause describing people: "commuters *stuck* in
 * traffic", "kids *born* after 2015".
 */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = wordSet(
  'bitten born caught hit left stuck stung torn worn',
);

/**
 * Participles that after people say what a programme makes of them ("keep cardholders *engaged*
 * with picks", "get kids *hooked* on the series"), not who they are.
 */
export const COMPLEMENT_PARTICIPLES: ReadonlySet<string> = wordSet(
  'based engaged excited hooked informed interested involved obsessed updated',
);
