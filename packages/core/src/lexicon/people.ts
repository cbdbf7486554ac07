import { MARKET_CUES, PRODUCT_KIND_CUES } from './market-cues.ts';
import { wordSet } from './word-set.ts';

/** Heads that name a business buying for resale or for its trade: "retailers", "dealers". */
export const TRADE_HEADS: readonly string[] = [
  'resellers|distributors|dealers|retailers|wholesalers|stockists|merchants|advertisers|shippers|franchisees|brokers',
];

/**
 * Heads that name whoever uses a product someone else may buy: dependants, animals and people
 * at work. A text that names one of these besides its purchaser names its end user.
 */
export const USER_HEADS: readonly string[] = [
  // People at work who use what their employer buys.
  'operatives|sales_reps|tradespeople|tradesmen|tradies|assemblers|fitters|porters|paralegals|herdsmen|supervisors|superintendents|sysadmins|coders|programmers|testers|plumbers|roofers|painters|decorators|welders|machinists|surveyors|auditors|clerks|cashiers|audiologists|optometrists|therapists|physicians|doctors|veterinarians|lecturers|researchers|scientists|librarians|inspectors|dispatchers|planners|marketers|warehouse_staff|road_warriors|frontline_staff|field_staff|field_engineers|shop_floor',
  'kid|child|children|baby|toddler|teen|pupil|student|sixth_formers|dog|cat|pet|puppy|user|users|end_users|wearers|recipients|employee|staff|worker|nurse|surgeon|clinician|technician|techs|engineer|developer|designer|teacher|crew|associates|drivers|patients|players|gamers|readers|listeners|viewers|analysts|physios|electricians|carpenters|mechanics|recruiters|radiographers|pickers|passengers|guests|residents|tenants|chef|receptionist|mason|applicators|sprayers|courier|translator|bookkeeper|attendants|housekeepers|cleaners|caregivers|carers|midwives|pharmacists|dentists_and_hygienists|hygienists|paramedics|firefighters|pilots|baristas|waiters|stylists|coaches|trainers_and_coaches|agronomists|operators_on_the_floor|the_parent|a_parent|elderly_parent|ageing_parents',
];

/** Heads that name someone who pays for a dependant: parents, grandparents, pet owners. */
export const GUARDIAN_HEADS: readonly string[] = [
  'parent|mum|dad|mother|father|grandparent|guardians|pet_owners|dog_owners|cat_owners|pet_parents',
];

/** The reader addressed as the one who uses: "keeps you warm", "your dog". */
export const SECOND_PERSON: ReadonlySet<string> = wordSet('you your yours yourself yourselves');

/** Heads that name a buyer or paying relationship: never read as the end user. */
export const BUYER_HEADS: readonly string[] = [
  'customer|client|member|buyer|purchaser|payer|subscriber|account|policyholders|cardholders|holders|procurement|donors|prospects|trialists',
  ...TRADE_HEADS,
];

/**
 * Nouns that name people or organisations, the heads of "who pays" and "who uses" phrases:
 * every buyer and user noun of the market cues, plus relationship nouns. A noun another list
 * here already names ("dealers", "teens") is not named again: the lists are matched as one.
 */
export const PERSON_HEADS: readonly string[] = [
  // Products are not people: the product-kind cues stay out.
  ...MARKET_CUES.filter((cue) => !PRODUCT_KIND_CUES.has(cue.id)).map((cue) => cue.pattern),
  'ministry|government|state|authority|brand_owners|procurement_directors|procurement_team|procurement_office|procurement_heads|purchasing_offices|purchasing_department|purchasing_team|purchasing_directors|category_manager|office_managers|practice_managers|store_managers|it_managers|plant_managers|hr_team|it_team|finance_chief|supply_chain_heads|heads_of_procurement|suppliers|partners|learners|signers|it|stationers|shops|stores|everyone|anyone|borrowers|grandparents|bosses|coordinators|freelancers|traders|sole_traders|smokers|supermarkets|hypermarkets|chemists|universities|uni|colleges|trusts|hotel_groups|care_groups|wineries|breweries|farms|head_teacher|bursar|principals|director|manager|lead|team|board|partners_at|landlords|volunteers|spenders|big_spenders|producers|plants|shavers|colleagues|committee|departments|units|offices|centres|visitors|hauliers|banks|lenders|advisers|advisors|lawyers|gps|prescribers|dermatologists|campers|expats|investors|savers|bettors|gift_givers|newcomers|beginners|first_timers|mums_to_be|parents_to_be',
  'groups|goers|regulars|officers|administrators|surfers|climbers|swimmers|golfers|anglers|walkers|bikers|joggers|brushers|hobbyists|crafters|journalers|collectors|amputees|founders|entrepreneurs|pensioners|veterans|widows|mothers|fathers|daughter|daughters|son|grandchildren|grandkids|infants|newborns|homebuyers|first_time_buyers|flatmates|citizens|voters|taxpayers|pedestrians|truckers|ranchers|winemakers|brewers|butchers|jewellers|orthodontists|anaesthetists|radiologists|specialists|instructors|ceo|cmo|chro|vp|unions|nhs|sellers|cruisers|caravanners',
  'relatives|bakers|gardeners|applicants|jobseekers|snackers|bookers|vapers|quitters|sleepers|dieters|tourists',
  'skiers|snowboarders|diyers|weekenders|city_breakers|zoomers|adolescents|undergraduates|undergrads|freshers|merchandisers|hypebeasts|champions|billing_contacts',
  'person|woman|grandmother|grandfather|gran|grandad|grandma|grandpa|aunts|uncles|godparents|grandchild|phlebotomists|postdocs|lineworkers|joiners|shopkeepers|scaffolders|booksellers|leavers|commissioners|householders|dwellers|urbanites|explorers|parkrunners|empty_nesters|survivors|vegetarians|backpackers|divers|lifters|attendees|delegates|salespeople|practitioners|eaters|photographers|musicians|spectators|concertgoers|gymgoers|dancers|hunters|vacationers|honeymooners|brides|trainees|farmhands|ranch_hands|labourers|elderly|postgrads|locals|knitters|sailors|boaters|motorcyclists',
  // "whoever signed the PO": someone named by what they do.
  'whoever',
  // "farm co-ops buy the fleets"
  'co_op',
  // Departments as writers shorten them: "the IT dept".
  'it_dept|hr_dept',
  // "IT decision-makers": one role, not a trade that makes decisions.
  'decision_makers',
  // Every user and buyer head is a person head too.
  ...USER_HEADS,
  ...BUYER_HEADS,
  // Age bands: "18-24s", "16-17-year-olds", "over-50s", "eleven-year-olds".
  '# #? year_olds|s',
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen year_olds',
];

/**
 * Words that share a stem with a person noun but name no one ("its" for IT, "hospitality" for
 * hospital, "years" for year-olds). Gerunds and participles ("shopping", "banked") are left out
 * by rule in `analysis/noun-phrase.ts`.
 */
export const NOT_PERSON_FORMS: ReadonlySet<string> = wordSet(
  'accountancy applications association associations attend attendance b2c busy ' +
    'clinical firmness flyer formularies formulary home homes hospitality institutional ' +
    'its local operate operates operation operational operations operative organic ' +
    'personal personalisation personalise personality ' +
    'personally procure prospective regular residences store tender tenders utilization ' +
    'years',
);

/**
 * Heads that name an organisation or a place: it may buy, but whoever uses is a person in it
 * (or an animal), so these are never read as the end user.
 */
export const ORGANISATION_HEADS: readonly string[] = [
  'group|chain|insurer|health_plans|supermarket|hypermarkets|pharmacy|hospital|clinic|lab|gym|bar|pub|restaurant|shop|store|cafe|firm|business|company|organizations|agency|institutions|school|university|uni|college|district|council|trust|utility|manufacturers|oems|studio|garage|salon|boutique|practice|dealership|bakery|winery|brewery|farm|care_homes|centre|venue|bank|lender|department|unit|committees|board|government|ministry|state|authorities|employers|plant|floor|team|procurement|it_department|hr|finance_team|brand|it_dept|hr_dept|housing_associations|charities|churches|resorts|cruise_lines|vineyards|hairdressers|sports_clubs|golf_clubs|nursing_homes|co_op|credit_unions|airline|carriers|retail|nhs',
];

/** Words that open the clause narrowing such a pronoun: "anyone [on the annual plan]". */
export const NARROWING_OPENERS: ReadonlySet<string> = wordSet(
  "'s already at in on that who whose with",
);

/**
 * Pronouns that name everyone ("anyone", "everyone"): the market at large, unless a clause
 * after them narrows them down to our own buyers ("anyone whose membership lapses").
 */
export const EVERYONE_PRONOUNS: ReadonlySet<string> = wordSet('anybody anyone everybody everyone');

/** Words that may sit around the number of a size: "with [over] 1,000", "[between] 10 [and] 50". */
export const SIZE_QUALIFIERS: ReadonlySet<string> = wordSet(
  '+ - about almost and approximately around at between fewer least less more nearly or ' +
    'over plus roughly some than to under up –',
);

/** Heads that name a dependant, who uses what a guardian buys: children, babies, pets. */
export const DEPENDANT_HEADS: readonly string[] = [
  'kid|child|children|baby|toddler|infants|newborns|teen|tweens|pupils|grandchildren|grandkids|dog|cat|pet|puppy|kitten|year_olds',
];

/**
 * Cues that name whom the seller keeps in the words they skip ("keep our dealers sweet"). When
 * those words name the user instead ("keeps you warm", "keeps baby warm"), the wording is a
 * product's benefit, not a relationship with buyers.
 */
export const KEEPING_CUES: ReadonlySet<string> = new Set(['keep-close', 'keep-happy']);

/** Words that open an organisation's size: "employers [with] 200+ staff", "firms [employing] 50". */
export const SIZE_OPENERS: ReadonlySet<string> = wordSet('employing with');

/** The last word of an age band ("18–25s", "8-year-olds"), whose number is an age, not a count. */
export const AGE_BAND_ENDS: ReadonlySet<string> = wordSet('s olds');
