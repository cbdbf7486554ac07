/**
 * The small words that shape a noun phrase around a person or organisation: where it ends, what
 * may open it, and which role nouns name the seller's own staff. Data only; the algorithm is in
 * `analysis/noun-phrase.ts`.
 *
 * @module
 */

import { wordSet, wordSetsByKey } from './word-set.ts';

/** Negators that may stand right before such a preposition: "not *for* the trade". */
export const BARE_NEGATORS: ReadonlySet<string> = wordSet('never no nor not without');

/** Words after a preposition that make it no relative clause: "households *on how* they choose". */
export const QUESTION_WORDS: ReadonlySet<string> = wordSet(
  'how what when where whether which who why',
);

/**
 * Adjectives that follow a role noun as what a programme does to it ("keep the accounts
 * happy"), so the noun heads its phrase rather than modifying the next word. Forms in -ing and
 * -ed ("engaged", "renewing") are not listed: both readers of the list take any of them for a
 * verb already (`isModifier` in `noun-phrase.ts`, `head-search.ts`).
 */
export const PREDICATE_ADJECTIVES: ReadonlySet<string> = wordSet(
  'active aware comfortable confident curious happy loyal onside sweet unaware warm',
);

/** Words a search for the head before a role wording steps over: "the parents *usually* pay". */
export const HEAD_SEARCH_SKIPS: ReadonlySet<string> = wordSet(
  'actually all also do does generally itself just mostly normally often really still ' +
    'that themselves then typically ultimately usually who will',
);

/**
 * Words in -ing that are nouns after a person noun, so the person only modifies them: "customer
 * marketing", "student housing", "kids clothing" name no one.
 */
export const GERUND_NOUNS: ReadonlySet<string> = wordSet(
  'accounting advertising banking billing clothing financing funding housing marketing ' +
    'onboarding pricing ticketing',
);

/** Participles whose object is people: "a scheme *rewarding* dealers", "posters *urging* teens". */
export const ADDRESSING_PARTICIPLES: ReadonlySet<string> = wordSet(
  'asking attracting chasing converting courting encouraging finding giving helping ' +
    'inviting letting making nudging offering pitching reaching recruiting reminding ' +
    'rewarding sending showing targeting teaching telling thanking urging welcoming ' +
    'wooing',
);

/** Verbs of receiving after a role: "dealers *get* floor-plan financing". */
export const BENEFIT_VERBS: ReadonlySet<string> = wordSet(
  'earn earns get gets receive receives see sees',
);

/**
 * Subject pronouns: the word after one is its verb ("it *rewards* passengers", "we *give*
 * dealers"), never a modifier of the noun that follows.
 */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = wordSet('he i it she they we which who you');

/** Words that end a noun phrase when reading outward from its head. */
export const PHRASE_BOUNDARIES: ReadonlySet<string> = wordSet(
  'about acquire across activate actually ads advert after aged aim aimed ' +
    'already also although am among amongst and any are as ask asking at attract audience ' +
    'awareness back be because been being both bought brief bring build but buy buys by ' +
    'call campaign can choose choosing compare comparing convert could create currently ' +
    'delight did do does down drive driven drop earn earns educate either email ' +
    'encouraging engage everywhere finds for forget found from fund funds get gets ' +
    'getting give gives giving go goal goes got grow had hand has have he help helps here ' +
    'herself hey himself honestly how i idea if in including into invites inviting is it ' +
    'itself just keep launch let lets letting like lose losing love make makes may might ' +
    'mostly must nationally nationwide need never newly no not now nurture objective of ' +
    'off offer offering often ok okay on onboard only onto or order orders ourselves out ' +
    'over paid pay pays per pick picking ping plan plus programme pull push re ' +
    'reach reaches reactivate really receive receives recently recruit referral remind ' +
    'reminds retain revealed reveals reward run said says segment selling sells send ' +
    'sends serves serving she should show showed showing shows sign signs so speak speaks ' +
    'still stop such suggested suggests supplying switch switching talk talks target ' +
    'targeting targets teaches tell telling tells than thank that them ' +
    'themselves then there they think thinking though through til till to today turn ' +
    'turning tv typically under unless until up upsell use uses usually via visit want ' +
    'was we welcome were what when where whereas whether which while who whose why will ' +
    'win winning with within would yo you yourselves',
);

/**
 * Words that open what follows a verb ("guests rate *the* mattresses", "tenants tap *in* every
 * day"): after a plural role noun and one more word, they show that word is its verb, so the noun
 * heads a phrase rather than modifying a compound ("members newsletter").
 */
export const VERB_OBJECT_OPENERS: ReadonlySet<string> = wordSet(
  'a an at by each every for from her his how in into it its off on our out that the ' +
    'their them these this those through to up what whether why with your',
);

/** Determiners before a singular subject: "*the* baby grows", "*their* dog loves it". */
export const SUBJECT_DETERMINERS: ReadonlySet<string> = wordSet(
  'a an each every her his its my our that the their this your',
);

/**
 * Words a relative clause cannot end on: "parents who bank elsewhere *for the*" stops short of
 * its object, so the span is cut back to the last word that can close it. Particles stay: "who
 * log in", "who drop by".
 */
export const DANGLING_WORDS: ReadonlySet<string> = wordSet(
  'a about an and for from her his into its of or our than that the their these this ' +
    'those to when where which who whose with your',
);

/** Determiners and quantifiers that may open a noun phrase. */
export const PHRASE_OPENERS: ReadonlySet<string> = wordSet(
  'a all an current each every existing her his its many most our some the their these ' +
    'this those top your',
);

/** Prepositions that tie a phrase to the noun before it: "the newsletter *for* our florists". */
export const COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = wordSet('among at for of to with');

/**
 * Words in -s that are not plural nouns: they cannot be the subject of a verb that follows. The
 * words under four letters, the clause verbs and the words in -ss are ruled out beside it
 * (`isVerbAfterPluralSubject` in `noun-phrase.ts`), so they are not listed.
 */
export const NOT_PLURAL_SUBJECTS: ReadonlySet<string> = wordSet(
  'always besides perhaps plus this thus',
);

/**
 * Verbs that end a prepositional phrase after a role noun: "the people in the mailroom *need* to
 * love it". After "who" or "that" the same words belong to the clause ("parents who need…").
 */
export const CLAUSE_VERBS: ReadonlySet<string> = wordSet(
  'bought buy buys chose convince could do does encourage encourages got had has have ' +
    'inspire inspires invite invites love loves may might must need needs paid pay pays ' +
    'persuade picked ran remind reminds sign signs spent teach teaches tell tells urge ' +
    'urges use uses want wants was went were would',
);

/**
 * Words that may qualify a count at the start of a phrase: "top 200", "nearly 500", "some 40".
 * Not the phrase boundaries ("about", "over", "under"), which end a phrase before any count.
 */
export const COUNT_QUALIFIERS: ReadonlySet<string> = wordSet(
  'almost approximately around best biggest bottom first largest last nearly roughly some top',
);

/**
 * Role nouns that may name the seller's staff (see `SELLER_STAFF_MODIFIERS`). They are read on
 * head nouns only, so each is a word of the person heads.
 */
export const STAFF_NOUNS: ReadonlySet<string> = wordSet(
  'adviser advisers advisor advisors board boards chef chefs coach coaches coordinator ' +
    'coordinators director directors driver drivers engineer instructor instructors lead leads ' +
    'manager managers officer partner rep reps specialist specialists stylist stylists team teams ' +
    'technician trainer trainers',
);

/** Prepositions that open an age band when hyphenated to it: "over-50s", "under-10s". */
export const AGE_BAND_PREFIXES: ReadonlySet<string> = wordSet('over under');

/** Conjunctions that open a clause, so that a plural after them is its subject: "so *diners* start". */
export const SUBJECT_CONJUNCTIONS: ReadonlySet<string> = wordSet(
  'because if once so unless until when while',
);

/** In a prepositional phrase after a role noun, the means of a programme, not its people. */
export const MEANS_PREPOSITIONS: ReadonlySet<string> = wordSet('through via');

/** Words a number follows to name a group: "type 1", "Year 7", "tier 2", "stage 3". */
export const NUMBERED_WORDS: ReadonlySet<string> = wordSet(
  'band class division gen generation grade group key league level phase series size ' +
    'stage tier type year zone',
);

/**
 * Words between a subject and the clause that says it bought from us: "distilleries *that* order
 * casks", "every workshop *that's* bought two machines", "members *who've* renewed".
 */
export const BUYING_CLAUSE_JOINERS: ReadonlySet<string> = wordSet("'s had has have that which who");

/** Prepositions that, before a number, state a change in a figure ("from 32", "by 20%"). */
export const CHANGE_PREPOSITIONS: ReadonlySet<string> = wordSet('by from to');

/**
 * Role words that, before another word, are adjectives naming no one: "their *consumer*
 * campaign", "the *consumer* app", "a *consumer* unit".
 */
export const ADJECTIVE_ROLE_WORDS: ReadonlySet<string> = wordSet('consumer');

/** Words before a singular noun that make it stand for many: "*every* workshop that's bought …". */
export const DISTRIBUTIVE_OPENERS: ReadonlySet<string> = wordSet('any each every');

/** The words between a product and whom it is for: "software *for* growing businesses". */
export const PRODUCT_FOR_WORDS: ReadonlySet<string> = wordSet('for to');

/** Plural person nouns that do not end in -s. */
export const IRREGULAR_PLURAL_PEOPLE: ReadonlySet<string> = wordSet(
  'children folk men people staff women',
);

/**
 * Words in -s that name no group of people: pronouns, determiners, adverbs, meals and common
 * things sold ("stick to *this*", "shows like *the ones*", "towards", "made for long *lunches*",
 * "an ad about *e-books*"), read before an unknown word is taken for a plural noun. Words that
 * do not end in -s, or end in -us, -ss or -sis, are never taken for one (`isUnknownPlural` in
 * `noun-phrase.ts`), so they are not listed.
 */
export const NOT_PLURAL_NOUNS: ReadonlySet<string> = wordSet(
  'always applies apps besides bikes books boots breakfasts cars clothes ' +
    'continues deals dinners ebooks games goods happens hers items lunches matters meals ' +
    'news offers ones ours perhaps phones plans prices products remains ' +
    'seems series services shoes sometimes species stays theirs this ' +
    'towards toys whereas yours',
);

/** Verbs that send the reader to someone for advice: "ask your vet", "consult a pharmacist". */
export const ASKING_VERBS: ReadonlySet<string> = wordSet('ask asking consult');

/**
 * Verbs that open what a message shows rather than whom it addresses: "showing *hikes*",
 * "tells *stories*". A word after them is no audience.
 */
export const SHOWING_VERBS: ReadonlySet<string> = wordSet(
  'show showing shows teach teaches teaching tell telling tells',
);

/**
 * Determiners that open a new noun phrase: after a role noun they show it heads its own phrase
 * ("gives the HR team *a* renewal dashboard"), never that it modifies the word after.
 */
export const OBJECT_DETERMINERS: ReadonlySet<string> = wordSet(
  'a an her his its my the their your',
);

/** Prepositions that attach the head after them to the people before: "managers *at* each practice". */
export const ATTACHING_PREPOSITIONS: ReadonlySet<string> = wordSet('at from in of within');

/** Determiners between such a preposition and its head: "at *each* practice", "of *the* trust". */
export const ATTACHED_DETERMINERS: ReadonlySet<string> = new Set([
  ...OBJECT_DETERMINERS,
  ...wordSet('all each every our'),
]);

/** Signing with no object, which states who pays: "practice managers *sign*, vets click all day". */
export const SIGNING: ReadonlySet<string> = wordSet('sign signed signs');

/**
 * Words that make a role noun the seller's staff even with a word between: "a *dedicated*
 * payroll specialist", "*our* hospital accounts team".
 */
export const SELLER_STAFF_OPENERS: ReadonlySet<string> = wordSet(
  'assigned dedicated named one our own personal same single',
);

/**
 * Head nouns that the word after them turns into no one: "co-op funds" and "co-op marketing"
 * are a retailer's promotion budget, where "the farm co-ops buy" names buyers; "lead with the
 * results", "partner with run clubs" and "parents shop for it" are verbs, where "the IT lead" is a
 * person.
 */
export const HEADS_UNMADE_BY_NEXT: ReadonlyMap<string, ReadonlySet<string>> = wordSetsByKey({
  lead: 'with',
  partner: 'with',
  op: 'funds fund funding marketing money budget budgets advertising ads advert support dollars',
  // "parents shop for it": a verb.
  shop: 'for',
  ops: 'funds fund funding marketing money budget budgets',
  // "a family-run bakery", "kid-friendly menus": an adjective, not the family or the kids.
  family: 'run owned friendly',
  kids: 'friendly safe',
  kid: 'friendly safe',
  // "a free guest pass", "guest swaps" (a podcast's): a product or a format, not the guests.
  guest: 'pass passes swap swaps',
  mechanics: ':',
  // "Attendees: J. Park (Brand) …", "Owner: @mika": a meeting's or a ticket's field of the
  // seller's own people, not a role in the market.
  attendees: ':',
  // "Consumer: a TV campaign so drivers ask for us", "Mechanics: double stars on the 3rd visit":
  // a brief's section, not a person.
  consumer: ':',
  mechanic: ':',
  owner: ':',
  // "a champion program": a programme, not a person.
  champion: 'programme',
  pet: 'friendly',
  dog: 'friendly',
  // "office hours", "office chairs": a time and furniture.
  office: 'hours chairs chair furniture supplies space',
  // "an engineer visit", "an agronomist call": the seller's service, not who uses it ("each
  // engineer visits the centre" is a verb).
  engineer: 'visit call',
  agronomist: 'visit call',
  business: 'plan plans review reviews',
  staff: 'training',
});

/** Verbs that do the same with a preposition: "talk to a doctor", "check with your pharmacist". */
export const TALKING_VERBS: ReadonlySet<string> = wordSet(
  'check checking speak speaking talk talking',
);

/** Words before "office" that make it a place or the seller's own: "the tax office". */
const OFFICE_PLACES = 'tax home box post sales regional';

/** Words before "drivers" that make them what moves a figure: "reorder drivers". */
export const DRIVER_OF_FIGURES =
  'key growth reorder churn retention loyalty demand cost value revenue purchase buying sales';

/**
 * Head nouns that an idiom turns into no one, by the word before them: "the 35 breweries *on
 * account*" (buying on credit), "when they come *on board*", "an *advisory board* of our
 * biggest accounts" (a programme, not a buyer).
 */
export const HEAD_IDIOMS: ReadonlyMap<string, ReadonlySet<string>> = wordSetsByKey({
  account: 'on',
  board: 'on aboard advisory',
  council: 'advisory',
  // "sampling in stores", "across stores": where a product is found, not who buys it.
  stores: 'in across into',
  // "direct-to-consumer", "business-to-consumer": a way of selling, not a person.
  consumer: 'to',
  // "in-person events", "£20 per person": a manner and a rate, not someone.
  person: 'in per',
  // "Dear colleagues": an email's greeting, not the people it is about.
  colleagues: 'dear',
  // "the tax office", "our sales office", "home offices": a place or the seller, not a buyer.
  office: OFFICE_PLACES,
  offices: OFFICE_PLACES,
  // "nobody else leads with it", "who leads": a verb; an "over-rider" is a rebate.
  leads: 'else who',
  rider: 'over',
  // "reorder drivers", "key growth drivers": what moves a figure, not people at the wheel.
  drivers: DRIVER_OF_FIGURES,
  driver: DRIVER_OF_FIGURES,
});

/** The prepositions of `TALKING_VERBS`. */
export const TALKING_PREPOSITIONS: ReadonlySet<string> = wordSet('to with');

/** Words between an asking verb and the adviser: "ask *your* vet". */
export const ASKING_OPENERS: ReadonlySet<string> = wordSet('a the their your');

/**
 * Words before a role noun that make it the seller's own staff ("account manager", "our sales
 * team", "a named partnership lead"), not a buyer or a user.
 */
export const SELLER_STAFF_MODIFIERS: ReadonlySet<string> = wordSet(
  'account accounts area brand business care client cs csm customer dedicated franchise ' +
    'key marketing named one our own partner partnership product programme ' +
    'regional relationship residence retention sales same save service single site street ' +
    'success support territory wealth',
);
