/**
 * The small words that shape a noun phrase around a person or organisation: where it ends, what
 * may open it, and which role nouns name the seller's own staff. Data only; the algorithm is in
 * `analysis/noun-phrase.ts`.
 *
 * @module
 */

import { wordSet } from './word-set.ts';

/** Words that end a noun phrase when reading outward from its head. */
export const PHRASE_BOUNDARIES: ReadonlySet<string> = wordSet(`
to for with at by from in into onto on about after than so because but although though while
whereas who that which whose where when if as not no never is are was were be been being
am get gets got pay pays paid buy buys bought do does did make makes sign signs use uses
will would can could should may might must have has had push ask show showing tell
telling aimed targeting target reach plus also only actually often usually typically
mostly really just then keep reward retain offer give win let lets we i you they them it
he she how what why nationwide nationally everywhere across aged over under within and
or receive receives earn earns order orders fund funds speaks talks goes go via through
honestly ok okay yo hey idea think thinking forget brief segment campaign programme
program plan goal aim audience objective launch ads adverts advert tv television here
there now today up out off down both either any of per among amongst grow want build
create run bring pull drive help like love need such including referral driven awareness
already currently still newly recently re ping whether shows tells teaches helps invites
targets reaches speak talk inviting encouraging asking getting giving offering letting
turning winning themselves himself herself itself ourselves yourselves drop hand send
email call remind thank welcome visit switch switching choose choosing pick picking compare
comparing supplying serving selling sells serves back showed found finds revealed reveals
suggests suggested says said gives sends reminds until unless til till
reactivate engage nurture upsell onboard delight convert stop turn activate recruit attract acquire educate
lose losing
`);

/**
 * Adjectives that follow a role noun as what a programme does to it ("keep the accounts
 * happy"), so the noun heads its phrase rather than modifying the next word.
 */
export const PREDICATE_ADJECTIVES: ReadonlySet<string> = wordSet(`
happy sweet engaged loyal informed onside warm satisfied interested excited hooked active
coming returning renewing buying spending aware unaware curious confident comfortable
`);

/**
 * Subject pronouns: the word after one is its verb ("it *rewards* passengers", "we *give*
 * dealers"), never a modifier of the noun that follows.
 */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = wordSet(`
it they we he she who which i you
`);

/**
 * Words in -ing that are nouns after a person noun, so the person only modifies them: "customer
 * marketing", "student housing", "kids clothing" name no one.
 */
export const GERUND_NOUNS: ReadonlySet<string> = wordSet(`
marketing advertising onboarding billing pricing banking housing clothing funding financing
accounting ticketing
`);

/**
 * Words that open what follows a verb ("guests rate *the* mattresses", "tenants tap *in* every
 * day"): after a plural role noun and one more word, they show that word is its verb, so the noun
 * heads a phrase rather than modifying a compound ("members newsletter").
 */
export const VERB_OBJECT_OPENERS: ReadonlySet<string> = wordSet(`
the a an their our your its it them his her this that these those every each in on into up
out off through with at for to by from how what why whether
`);

/** Conjunctions that open a clause, so that a plural after them is its subject: "so *diners* start". */
export const SUBJECT_CONJUNCTIONS: ReadonlySet<string> = wordSet(`
so because when while if unless until once
`);

/** Determiners before a singular subject: "*the* baby grows", "*their* dog loves it". */
export const SUBJECT_DETERMINERS: ReadonlySet<string> = wordSet(`
the a an their her his your our my its this that each every
`);

/** Plural person nouns that do not end in -s. */
export const IRREGULAR_PLURAL_PEOPLE: ReadonlySet<string> = wordSet(`
children people staff men women folk
`);

/**
 * Words a relative clause cannot end on: "parents who bank elsewhere *for the*" stops short of
 * its object, so the span is cut back to the last word that can close it. Particles stay: "who
 * log in", "who drop by".
 */
export const DANGLING_WORDS: ReadonlySet<string> = wordSet(`
for to of with from into about than the a an our their your its his her this that these those
and or who which whose where when
`);

/**
 * Verbs that end a prepositional phrase after a role noun: "the people in the mailroom *need* to
 * love it". After "who" or "that" the same words belong to the clause ("parents who need…").
 */
export const CLAUSE_VERBS: ReadonlySet<string> = wordSet(`
need needs want wants love loves use uses pay pays buy buys sign signs must may might would
could do does have has had were was
ran went got chose picked bought paid spent
invite invites urge urges encourage encourages remind reminds tell tells teach teaches convince
persuade inspire inspires
`);

/** Verbs of receiving after a role: "dealers *get* floor-plan financing". */
export const BENEFIT_VERBS: ReadonlySet<string> = wordSet(`
get gets receive receives earn earns see sees
`);

/** Words after a preposition that make it no relative clause: "households *on how* they choose". */
export const QUESTION_WORDS: ReadonlySet<string> = wordSet(`
how what why whether which where when who
`);

/** Determiners and quantifiers that may open a noun phrase. */
export const PHRASE_OPENERS: ReadonlySet<string> = wordSet(`
the our their its his her your these those this every each all most many some existing
current top a an
`);

/**
 * Words before a role noun that make it the seller's own staff ("account manager", "our sales
 * team", "a named partnership lead"), not a buyer or a user.
 */
export const SELLER_STAFF_MODIFIERS: ReadonlySet<string> = wordSet(`
account relationship success sales our regional named dedicated partnership partner
client customer care service support site brand product marketing wealth residence
retention save key business own territory area accounts franchise one single cs csm same
programme program
`);

/**
 * Words that make a role noun the seller's staff even with a word between: "a *dedicated*
 * payroll specialist", "*our* hospital accounts team".
 */
export const SELLER_STAFF_OPENERS: ReadonlySet<string> = wordSet(`
named dedicated our assigned single one personal own same
`);

/** Role nouns that may name the seller's staff (see `SELLER_STAFF_MODIFIERS`). */
export const STAFF_NOUNS: ReadonlySet<string> = wordSet(`
manager managers director directors lead leads team teams rep reps consultant
consultants adviser advisers advisor advisors board boards specialist specialists coordinator
coordinators executive executives engineer technician partner driver drivers chef chefs stylist
stylists trainer trainers tutor tutors instructor instructors
`);

/** Words a search for the head before a role wording steps over: "the parents *usually* pay". */
export const HEAD_SEARCH_SKIPS: ReadonlySet<string> = wordSet(`
often usually typically actually mostly generally normally ultimately really still also all
themselves itself then do does will who that just
`);

/** In a prepositional phrase after a role noun, the means of a programme, not its people. */
export const MEANS_PREPOSITIONS: ReadonlySet<string> = wordSet(`
through via
`);

/** Words that may qualify a count at the start of a phrase: "top 200", "over 500", "some 40". */
export const COUNT_QUALIFIERS: ReadonlySet<string> = wordSet(`
top first last over under around about some nearly almost roughly approximately biggest largest
best bottom
`);

/** Words a number follows to name a group: "type 1", "Year 7", "tier 2", "stage 3". */
export const NUMBERED_WORDS: ReadonlySet<string> = wordSet(`
type year grade class tier stage level phase group gen generation key band zone division league
series size
`);

/** Prepositions that open an age band when hyphenated to it: "over-50s", "under-10s". */
export const AGE_BAND_PREFIXES: ReadonlySet<string> = wordSet(`
over under
`);

/** Prepositions that, before a number, state a change in a figure ("from 32", "by 20%"). */
export const CHANGE_PREPOSITIONS: ReadonlySet<string> = wordSet(`
from to by
`);

/** Words in -s that are not plural nouns: they cannot be the subject of a verb that follows. */
export const NOT_PLURAL_SUBJECTS: ReadonlySet<string> = wordSet(`
this his its us yes plus thus was has does is as always across less unless besides perhaps
`);

/** Prepositions that tie a phrase to the noun before it: "the newsletter *for* our florists". */
export const COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = wordSet(`
for to with of at among
`);

/** Negators that may stand right before such a preposition: "not *for* the trade". */
export const BARE_NEGATORS: ReadonlySet<string> = wordSet(`
not no never nor without
`);

/**
 * Words between a subject and the clause that says it bought from us: "distilleries *that* order
 * casks", "every workshop *that's* bought two machines", "members *who've* renewed".
 */
export const BUYING_CLAUSE_JOINERS: ReadonlySet<string> = wordSet(`
who that which 's 've has have had
`);

/** Words before a singular noun that make it stand for many: "*every* workshop that's bought …". */
export const DISTRIBUTIVE_OPENERS: ReadonlySet<string> = wordSet(`
every each any
`);

/**
 * Words in -s that name no group of people: pronouns, determiners, adverbs, meals and common
 * things sold ("stick to *this*", "shows like *the ones*", "towards", "made for long *lunches*",
 * "an ad about *e-books*"), read before an unknown word is taken for a plural noun.
 */
export const NOT_PLURAL_NOUNS: ReadonlySet<string> = wordSet(`
this thus ones those these ours yours theirs hers always perhaps unless across towards besides
whereas sometimes nevertheless news series species meals breakfasts lunches dinners continues
remains stays happens matters seems applies
books ebooks phones apps games toys shoes boots clothes bikes cars products items goods services
plans deals offers prices
`);

/**
 * Verbs that open what a message shows rather than whom it addresses: "showing *hikes*",
 * "tells *stories*". A word after them is no audience.
 */
export const SHOWING_VERBS: ReadonlySet<string> = wordSet(`
show shows showing tell tells telling teach teaches teaching
`);

/**
 * Head nouns that an idiom turns into no one, by the word before them: "the 35 breweries *on
 * account*" (buying on credit), "when they come *on board*", "an *advisory board* of our
 * biggest accounts" (a programme, not a buyer).
 */
export const HEAD_IDIOMS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['account', wordSet('on')],
  ['board', wordSet('on aboard advisory')],
  ['council', wordSet('advisory')],
  // "sampling in stores", "across stores": where a product is found, not who buys it.
  ['stores', wordSet('in across into')],
  // "direct-to-consumer", "business-to-consumer": a way of selling, not a person.
  ['consumer', wordSet('to')],
  // "in-person events", "£20 per person": a manner and a rate, not someone.
  ['person', wordSet('in per')],
]);

/**
 * Head nouns that the word after them turns into no one: "co-op funds" and "co-op marketing"
 * are a retailer's promotion budget, where "the farm co-ops buy" names buyers; "lead with the
 * results", "partner with run clubs" and "parents shop for it" are verbs, where "the IT lead" is a
 * person.
 */
export const HEADS_UNMADE_BY_NEXT: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['lead', wordSet('with')],
  ['partner', wordSet('with')],
  // "parents shop for it": a verb.
  ['shop', wordSet('for')],
  [
    'op',
    wordSet(
      'funds fund funding marketing money budget budgets advertising ads advert adverts support dollars',
    ),
  ],
  ['ops', wordSet('funds fund funding marketing money budget budgets')],
  // "a family-run bakery", "kid-friendly menus": an adjective, not the family or the kids.
  ['family', wordSet('run owned friendly')],
  ['kid', wordSet('friendly safe')],
  ['kids', wordSet('friendly safe')],
  ['dog', wordSet('friendly')],
  ['pet', wordSet('friendly')],
]);

/**
 * Determiners that open a new noun phrase: after a role noun they show it heads its own phrase
 * ("gives the HR team *a* renewal dashboard"), never that it modifies the word after.
 */
export const OBJECT_DETERMINERS: ReadonlySet<string> = wordSet(`
a an the their his her its my your
`);

/**
 * Role words that, before another word, are adjectives naming no one: "their *consumer*
 * campaign", "the *consumer* app", "a *consumer* unit".
 */
export const ADJECTIVE_ROLE_WORDS: ReadonlySet<string> = wordSet(`
consumer
`);

/** Participles whose object is people: "a scheme *rewarding* dealers", "posters *urging* teens". */
export const ADDRESSING_PARTICIPLES: ReadonlySet<string> = wordSet(`
reaching rewarding teaching urging targeting showing telling helping inviting asking encouraging
sending giving offering reminding thanking welcoming nudging making letting
chasing pitching finding recruiting attracting converting courting wooing
`);

/** Prepositions that attach the head after them to the people before: "managers *at* each practice". */
export const ATTACHING_PREPOSITIONS: ReadonlySet<string> = wordSet(`
at in of from within
`);

/** Determiners between such a preposition and its head: "at *each* practice", "of *the* trust". */
export const ATTACHED_DETERMINERS: ReadonlySet<string> = new Set([
  ...OBJECT_DETERMINERS,
  ...wordSet('each every our all'),
]);

/** Signing with no object, which states who pays: "practice managers *sign*, vets click all day". */
export const SIGNING: ReadonlySet<string> = wordSet(`
sign signs signed
`);

/** The words between a product and whom it is for: "software *for* growing businesses". */
export const PRODUCT_FOR_WORDS: ReadonlySet<string> = wordSet('for to');

/** Verbs that send the reader to someone for advice: "ask your vet", "consult a pharmacist". */
export const ASKING_VERBS: ReadonlySet<string> = wordSet('ask asking consult');

/** Verbs that do the same with a preposition: "talk to a doctor", "check with your pharmacist". */
export const TALKING_VERBS: ReadonlySet<string> = wordSet(
  'talk talking speak speaking check checking',
);

/** The prepositions of `TALKING_VERBS`. */
export const TALKING_PREPOSITIONS: ReadonlySet<string> = wordSet('to with');

/** Words between an asking verb and the adviser: "ask *your* vet". */
export const ASKING_OPENERS: ReadonlySet<string> = wordSet('your their a the');
