import { wordSet } from './word-set.ts';

/**
 * Words that tell where a clause describing a role noun opens and ends: "members [who spent
 * 500+ last year] get …", "the parents [wearing the pendant] have …". Data only; the algorithm is
 * in `analysis/relative-clause.ts`.
 *
 * @module
 */

/**
 * Words that open a clause describing the people before them: "members *who* spent", "owners
 * *with* a trade card", "clinics *in* the north".
 */
export const RELATIVE_OPENERS: ReadonlySet<string> = wordSet(`
who that whose with aged over above under within in on across nationwide currently already near
nearing due from still
`);

/**
 * Words that end a describing clause: what the people get, a modal, or the next point ("members
 * who spent 500+ *get* …").
 */
export const RELATIVE_ENDS: ReadonlySet<string> = wordSet(`
get gets receive receives earn earns find finds enjoy enjoys unlock unlocks gain gains will can
should are is but and so while plus to how
`);

/**
 * Words in -ing that open no clause: nouns ("the Gold members *thing*", "accounts *something*
 * useful", "alumni *mentoring*") and verbs that only end in -ing ("the snacks 18–24s *bring*").
 */
export const NOUNS_IN_ING: ReadonlySet<string> = wordSet(`
morning evening wedding spring thing something nothing everything anything ceiling mentoring
bring string
`);

/** Verbs that are as often nouns inside a participle's clause: "showing the tools in real *use*". */
export const NOUN_LIKE_VERBS: ReadonlySet<string> = wordSet(`
use uses love need needs want wants
`);

/** Adverbs that go with the verb after them: "that *already* buy", "who *usually* pay". */
export const VERB_ADVERBS: ReadonlySet<string> = wordSet(`
already also still just usually often always
`);

/** Prepositions that a clause cut short at MAX_CLAUSE words must not end on. */
export const CUT_DANGLING_WORDS: ReadonlySet<string> = wordSet(`
in on at by over under across near since within during
`);

/** Openers of a relative clause proper, whose own verb follows them. */
export const CLAUSE_OPENING_PRONOUNS: ReadonlySet<string> = wordSet(`
who that whose
`);

/** Words that end a describing clause: what follows is a new point. */
export const DESCRIPTION_ENDS: ReadonlySet<string> = wordSet(`
but and while whereas so yet or
`);

/**
 * Past participles without -ed that open a clause describing people: "commuters *stuck* in
 * traffic", "kids *born* after 2015".
 */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = wordSet(`
stuck born caught left hit bitten stung worn torn
`);

/**
 * Participles that after people say what a programme makes of them ("keep cardholders *engaged*
 * with picks", "get kids *hooked* on the series"), not who they are.
 */
export const COMPLEMENT_PARTICIPLES: ReadonlySet<string> = wordSet(`
engaged hooked obsessed interested excited involved informed updated based
`);

/**
 * Prepositions that, after a past participle, make it a clause describing the noun before it
 * ("patients diagnosed *with* asthma", "commuters stuck *in* traffic").
 */
export const PARTICIPLE_PREPOSITIONS: ReadonlySet<string> = wordSet(`
in with after before on at between under into since during
`);

/** Articles: one after a short phrase opens a second one ("across the region *the* yields"). */
export const ARTICLES: ReadonlySet<string> = wordSet(`
a an the
`);

/** Words "never" may follow inside a describing clause: "who *have* never", "that *had* never". */
export const AUXILIARIES: ReadonlySet<string> = wordSet(`
have has had 've 'd will would do does did is are was were be been can could
`);
