/**
 * Wordings that name who pays and who uses. Patterns use the cue pattern language; the noun
 * phrase they point at is read from the text around them (see `classify/roles.ts`).
 *
 * @module
 */

/** After the recipients of a programme: "members who spent 500+ get a gold card". */
export const RECIPIENT_AFTER: readonly string[] = [
  'earn|enjoy|gain|get|keep|receives|unlock',
  'can|could|should|will|would access|earn|get|join|keep|receive|switch|unlock',
  'are|is contacted|eligible|given|invited|offered|rewarded|sent',
];

/**
 * Before people a programme shows or speaks to, which says less than "aimed at": "a TV spot
 * showing a grandmother …, aimed at older adults". They name the users when nothing says more.
 */
export const USER_SHOWN_BEFORE: readonly string[] = [
  'encouraging|exciting|helping|inviting|reaching|showing|teaching|telling|win',
];

/**
 * Before the organisations a company makes something for: "makes own-label bottles for
 * retailers", "builds fraud-detection APIs for online banks". Only an organisation after them is
 * read as the payer: "picture books for toddlers" names who uses, not who pays. Verbs that as
 * often bring a programme ("offer rebates for dealers") stay out: what they carry is no product.
 */
export const PROVIDER_FOR: readonly string[] = [
  'build|develop|developing|develops|distributes|distributing|make|manufacture|manufactures|manufacturing|market|produce|produces|producing|publish|publishes|publishing|supplies|supplying|write ** for|to',
];

/** After the user: "the crews who'll carry them", "the staff using the phones". */
export const USER_AFTER: readonly string[] = [
  'that|who actually|daily|do|ll|really|really_will|will|would? carry|drink|drive|eat|fly|handle|listen|live|operate|play|read|receive|ride|sit|touch|use|watch|wear|work',
  'carrying|drinking|driving|eating|handling|operating|playing|reading|receiving|riding|using|watching|wearing a|it|our|the|their|them',
  'use a|daily|day|day_to_day|every|it|our|the|them',
  // "patients take it every day", "residents take their tablets daily": a medicine's users.
  'take it|them daily|each|every|once|twice',
  'are|is its|just|only|our|the actual|daily|everyday|main|primary|real? audience|consumers|end_user|end_users|ones_using_it|ones_who_use_it|stars|user|users',
  'get a|our|the free|new? app|device|drill|product|product_in_their_hands|sample|tool',
  'love it|our|the',
  'enjoying it|our|the',
  // "get the learners themselves hooked", "the travellers themselves love booking with us"
  'herself|himself|themselves',
  // "the council funds it, residents borrow", "over-65s ride free on the bus pass"
  'borrow',
  'ride|travel free',
  // "the employees paid through it are the ones we need opening the payslip"
  'are|is the ones we are|need|want',
];

/** Before the user: "used by nurses", "the campaign talks to the kids". */
export const USER_BEFORE: readonly string[] = [
  'carried|driven|drunk|eaten|enjoyed|operated|played|read|used|watched|worn by',
  'end_user|end_users|user|users are|is',
  'addressed|advertised|aimed|built|designed|directed|geared|made|marketed|pitched|promoted|speaks|talks|targeted|written directly|mainly|only|squarely|straight? among|at|for|to',
  'go|goes directly|straight? to',
  // "… a map-app tie-in, targeting EV owners who haven't used us yet"
  'targeting',
  'among|amongst',
  'adoption|awareness|buzz|demand|downloads|excitement|hype|interest|love|preference|readership|recall|recognition|trial|uptake|usage among|in|with',
  'ad|campaign|content|creative|message|spot|story are|is about|for',
];

/**
 * Labels of a brief's field that names whom it is for, before a colon: "Audience: couples within
 * a two-hour drive", "Target: homeowners researching solar".
 */
export const AUDIENCE_LABELS: readonly string[] = [
  'core|main|primary|target? audience',
  'target group|market|users',
  'end_user|end_users|target|user|users|who',
];

/**
 * Verbs of using that a payer's own sentence goes on with, after "and": "gamers buy the headset
 * … and play in it for hours", "plumbers buy the racking and use it every day".
 */
export const SELF_USE_VERBS: ReadonlySet<string> = new Set(
  'use uses play plays wear wears eat eats drink drinks ride rides drive drives live lives'.split(
    ' ',
  ),
);

/** Role nouns that stand for the payer on their own: "procurement isn't the target". */
export const PAYER_NOUNS: readonly string[] = [
  'budget_holders|buyers|buying_team|decision_makers|economic_buyer|finance_team|hospital_purchasing|it_department|it_team|payer|procurement|procurement_heads|procurement_lead|procurement_manager|procurement_office|procurement_team|purchaser|purchasing_department|purchasing_director|purchasing_manager|purchasing_office|purchasing_team|signatories|signers',
  // "Who pays: the employer", a field's label.
  'who buys|pays',
];

/**
 * Before a business the seller sells to: "we sell to apparel brands". It names the payer unless
 * the text says someone else pays ("we supply uniforms to schools; parents pay").
 */
export const SOLD_TO: readonly string[] = [
  'bill|invoiced|sell|sold|supplied to',
  // "sells retinal scanners to optician chains"
  'license|sell|sold|supplied ** to',
];

/** Before the payer: "our buyers are utilities", and whom the seller sells to. */
export const PAYER_BEFORE: readonly string[] = [
  ...SOLD_TO,
  'its|our|the|their actual|main|paying|real? buyer|clients|customers|payers|purchasers are|is',
  // "the budget holder is the practice manager"
  'our|the|their budget_holder|decision_maker|economic_buyer are|is',
  'contracts|deals|relationship are|is with',
  'booked|bought|chosen|commissioned|covered|financed|funded|ordered|paid|procured|purchased|reimbursed|signed|subsidised for? by',
  // "contracts negotiated by fleet managers", "renewed yearly by their travel buyers"
  'approved|negotiated|renewed * by',
  'payments|purchases go|goes on',
  // "our renewals go through HR directors", "orders run through the co-op"
  'buying|contracts|orders|payments|purchases|renewals|sales come|go|goes|run through|via',
  'budget is|sits with',
];

/**
 * Cues that pick buyers out by what they bought from us ("distilleries that order casks each
 * spring", "garages ordering brake parts from us"): the noun before one names who pays.
 */
export const BUYING_CLAUSE_CUES: ReadonlySet<string> = new Set([
  'selected-by-buying',
  'bought-from-us',
  'reorder',
]);

/**
 * After people a programme for buyers leaves out: "the operators never see any of this", "the
 * phlebotomists won't hear about it". Role reading only: the words negate no cue.
 */
export const LEFT_OUT_AFTER: readonly string[] = [
  'never|not hear|know|notice|see about|any|it|our|this|us',
];

/** Before the recipients of a programme: "rewards for our returning diners". */
export const RECIPIENT_BEFORE: readonly string[] = [
  'call|contact|email|for|give|invite|keep|message|nurture|nurturing|offer|on|onboard|ping|protecting|re_engage|reactivate|remind|retaining|reward|serve|text|thank|to|upsell|visit|win_back|with',
];

/** Of those, the ones that pick buyers out only after a relative word: "shops *that* reorder". */
export const RELATIVE_ONLY_CUES: ReadonlySet<string> = new Set(['reorder']);

/**
 * Cues that, after "with", say who the people are rather than what a programme gives them: a
 * contract they hold ("accounts with contracts ending in Q1"), what they use ("adults with type 1
 * diabetes wearing monitors").
 */
export const DESCRIBING_CUES: ReadonlySet<string> = new Set(['contract', 'contract-end', 'usage']);

/**
 * After whoever approves a purchase: "the office manager approves the spend". Said of "our CMO"
 * or "our board", it is the seller's own sign-off, not a payer.
 */
export const APPROVING: readonly string[] = [
  'approves each|every|the budget|invoice|lease|order|scheme|spend',
];

/** After the payer: "the parents pay", "facilities managers sign the orders". */
export const PAYER_AFTER: readonly string[] = [
  'bankroll|bankrolls|paid|pay|reimburse|reimburses|reimbursing|subsidise|subsidizes',
  // "the council finances it", "employers fund the scheme", not "finance departments", "co-op funds"
  'finances|fund all|it|most|our|the|their|them',
  // "the health service commissions the app", "parents shop for it"
  'commissions it|our|the|them',
  'shop for it|them',
  'cover|covering the bill|cost|fees|premiums|rent|tuition',
  // "mum or dad does the shop"
  'did|do|does the shop',
  'foot the bill',
  'pick up the bill|tab',
  'buy|order|purchase for|from|in|it|most|on|our|the|them|through',
  'sign off|the all|each|every? budget|cheque|contract|deal|lease|orders|po|purchase|spend',
  // "practice owners sign the finance deal", "resorts sign the rental contracts"
  'sign a|the|their * agreements|contract|deal|lease|order|po',
  // "fleet managers handle renewals", "business managers handling renewals every July"
  'handle|negotiate|negotiates|negotiating|own the|their? contracts|renewals',
  'do|does|handle|make|own|run the actual_buying|actual_purchase|buying|buying_decision|ordering|paying|purchase_decision|purchasing',
  'are|is its|our|the|their actual|real? bill_payers|budget_holders|buyer|client|customer|decision_makers|ones_buying|ones_paying|ones_who_buy|ones_who_pay|payer|people_who_pay|purchaser',
  'control|hold|own|set the budget|money|purse|purse_strings',
  'approves|choose|pick|select|shortlist|shortlists the? equipment|products|purchase|supplier|tool|vendor',
  ...APPROVING,
  'to adopt|approve|buy|license|order|procure|purchase|stock|switch',
  'buy_for|buy_it|buy_it_for|buy_them|fund_it|fund_the_fees',
  // "the pubs that stock our ales": a stockist buys from us to sell on.
  'resell|stock it|our|us',
  // "for the kids starting reception, not the parents buying"
  'buying|purchasing',
];
