import { MARKET_CUES, PRODUCT_KIND_CUES } from './market-cues.ts';
import { wordSet } from './word-set.ts';

/** Heads that name a business buying for resale or for its trade: "retailers", "dealers". */
export const TRADE_HEADS: readonly string[] = [
  'advertisers|brokers|dealers|distributors|franchisees|merchants|resellers|retailers|shippers|stockists|wholesalers',
];

/**
 * Heads that name whoever uses a product someone else may buy: dependants, animals and people
 * at work. A text that names one of these besides its purchaser names its end user.
 */
export const USER_HEADS: readonly string[] = [
  // People at work who use what their employer buys.
  'assemblers|audiologists|auditors|cashiers|clerks|coders|decorators|dispatchers|doctors|field_engineers|field_staff|fitters|frontline_staff|herdsmen|inspectors|lecturers|librarians|machinists|marketers|operatives|optometrists|painters|paralegals|physicians|planners|plumbers|porters|programmers|researchers|road_warriors|roofers|sales_reps|scientists|shop_floor|superintendents|supervisors|surveyors|sysadmins|testers|therapists|tradesmen|tradespeople|tradies|veterinarians|warehouse_staff|welders',
  'a_parent|ageing_parents|agronomists|analysts|applicators|associates|attendants|baby|baristas|bookkeeper|caregivers|carers|carpenters|cat|chef|child|children|cleaners|clinician|coaches|courier|crew|dentists_and_hygienists|designer|developer|dog|drivers|elderly_parent|electricians|employee|end_users|engineer|firefighters|gamers|guests|housekeepers|hygienists|kid|listeners|mason|mechanics|midwives|nurse|operators_on_the_floor|paramedics|passengers|patients|pet|pharmacists|physios|pickers|pilots|players|pupil|puppy|radiographers|readers|receptionist|recipients|recruiters|residents|sixth_formers|sprayers|staff|student|stylists|surgeon|teacher|technician|techs|teen|tenants|the_parent|toddler|trainers_and_coaches|translator|user|users|viewers|waiters|wearers|worker',
];

/** Heads that name someone who pays for a dependant: parents, grandparents, pet owners. */
export const GUARDIAN_HEADS: readonly string[] = [
  'cat_owners|dad|dog_owners|father|grandparent|guardians|mother|mum|parent|pet_owners|pet_parents',
];

/** The reader addressed as the one who uses: "keeps you warm", "your dog". */
export const SECOND_PERSON: ReadonlySet<string> = wordSet('you your yours yourself yourselves');

/** Heads that name a buyer or paying relationship: never read as the end user. */
export const BUYER_HEADS: readonly string[] = [
  'account|buyer|cardholders|client|customer|donors|holders|member|payer|policyholders|procurement|prospects|purchaser|subscriber|trialists',
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
  'advisers|advisors|anyone|authority|banks|beginners|bettors|big_spenders|board|borrowers|bosses|brand_owners|breweries|bursar|campers|care_groups|category_manager|centres|chemists|colleagues|colleges|committee|coordinators|departments|dermatologists|director|everyone|expats|farms|finance_chief|first_timers|freelancers|gift_givers|government|gps|grandparents|hauliers|head_teacher|heads_of_procurement|hotel_groups|hr_team|hypermarkets|investors|it|it_managers|it_team|landlords|lawyers|lead|learners|lenders|manager|ministry|mums_to_be|newcomers|office_managers|offices|parents_to_be|partners|partners_at|plant_managers|plants|practice_managers|prescribers|principals|procurement_directors|procurement_heads|procurement_office|procurement_team|producers|purchasing_department|purchasing_directors|purchasing_offices|purchasing_team|savers|shavers|shops|signers|smokers|sole_traders|spenders|state|stationers|store_managers|stores|supermarkets|suppliers|supply_chain_heads|team|traders|trusts|uni|units|universities|visitors|volunteers|wineries',
  'administrators|amputees|anaesthetists|anglers|bikers|brewers|brushers|butchers|caravanners|ceo|chro|citizens|climbers|cmo|collectors|crafters|cruisers|daughter|daughters|entrepreneurs|fathers|first_time_buyers|flatmates|founders|goers|golfers|grandchildren|grandkids|groups|hobbyists|homebuyers|infants|instructors|jewellers|joggers|journalers|mothers|newborns|nhs|officers|orthodontists|pedestrians|pensioners|radiologists|ranchers|regulars|sellers|son|specialists|surfers|swimmers|taxpayers|truckers|unions|veterans|voters|vp|walkers|widows|winemakers',
  'applicants|bakers|bookers|dieters|gardeners|jobseekers|quitters|relatives|sleepers|snackers|tourists|vapers',
  'adolescents|billing_contacts|champions|city_breakers|diyers|freshers|hypebeasts|merchandisers|skiers|snowboarders|undergrads|undergraduates|weekenders|zoomers',
  'attendees|aunts|backpackers|boaters|booksellers|brides|commissioners|concertgoers|dancers|delegates|divers|dwellers|eaters|elderly|empty_nesters|explorers|farmhands|godparents|gran|grandad|grandchild|grandfather|grandma|grandmother|grandpa|gymgoers|honeymooners|householders|hunters|joiners|knitters|labourers|leavers|lifters|lineworkers|locals|motorcyclists|musicians|parkrunners|person|phlebotomists|photographers|postdocs|postgrads|practitioners|ranch_hands|sailors|salespeople|scaffolders|shopkeepers|spectators|survivors|trainees|uncles|urbanites|vacationers|vegetarians|woman',
  // "whoever signed the PO": someone named by what they do.
  'whoever',
  // "farm co-ops buy the fleets"
  'co_op',
  // Departments as writers shorten them: "the IT dept".
  'hr_dept|it_dept',
  // "IT decision-makers": one role, not a trade that makes decisions.
  'decision_makers',
  // Every user and buyer head is a person head too.
  ...USER_HEADS,
  ...BUYER_HEADS,
  // Age bands: "18-24s", "16-17-year-olds", "over-50s", "eleven-year-olds".
  '# #? s|year_olds',
  'eight|eighteen|eleven|fifteen|five|four|fourteen|nine|seven|seventeen|six|sixteen|ten|thirteen|three|twelve|two year_olds',
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
  'agency|airline|authorities|bakery|bank|bar|board|boutique|brand|brewery|business|cafe|care_homes|carriers|centre|chain|charities|churches|clinic|co_op|college|committees|company|council|credit_unions|cruise_lines|dealership|department|district|employers|farm|finance_team|firm|floor|garage|golf_clubs|government|group|gym|hairdressers|health_plans|hospital|housing_associations|hr|hr_dept|hypermarkets|institutions|insurer|it_department|it_dept|lab|lender|manufacturers|ministry|nhs|nursing_homes|oems|organizations|pharmacy|plant|practice|procurement|pub|resorts|restaurant|retail|salon|school|shop|sports_clubs|state|store|studio|supermarket|team|trust|uni|unit|university|utility|venue|vineyards|winery',
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
  'baby|cat|child|children|dog|grandchildren|grandkids|infants|kid|kitten|newborns|pet|pupils|puppy|teen|toddler|tweens|year_olds',
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
export const AGE_BAND_ENDS: ReadonlySet<string> = wordSet('olds s');
