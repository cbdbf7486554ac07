/**
 * Wordings that name who pays and who uses. Patterns use the cue pattern language; the noun
 * phrase they point at is read from the text around them (see `classify/roles.ts`).
 *
 * @module
 */

/** After the recipients of a programme: "members who spent 500+ get a gold card". */
export const RECIPIENT_AFTER: readonly string[] = [
  'get|receives|earn|enjoy|unlock|keep|gain',
  'can|will|would|should|could get|receive|earn|switch|unlock|keep|join|access',
  'are|is offered|invited|given|sent|rewarded|contacted|eligible',
];

/**
 * Before people a programme shows or speaks to, which says less than "aimed at": "a TV spot
 * showing a grandmother …, aimed at older adults". They name the users when nothing says more.
 */
export const USER_SHOWN_BEFORE: readonly string[] = [
  'showing|telling|teaching|helping|reaching|win|exciting|encouraging|inviting',
];

/**
 * Before the organisations a company makes something for: "makes own-label bottles for
 * retailers", "builds fraud-detection APIs for online banks". Only an organisation after them is
 * read as the payer: "picture books for toddlers" names who uses, not who pays. Verbs that as
 * often bring a programme ("offer rebates for dealers") stay out: what they carry is no product.
 */
export const PROVIDER_FOR: readonly string[] = [
  'make|build|develop|develops|developing|produce|produces|producing|manufacture|manufactures|manufacturing|distributes|distributing|write|publish|publishes|publishing|supplies|supplying|market ** for|to',
];

/** After the user: "the crews who'll carry them", "the staff using the phones". */
export const USER_AFTER: readonly string[] = [
  'who|that will|actually|ll|would|really|really_will|do|daily? use|carry|wear|drink|eat|ride|play|sit|drive|operate|fly|read|watch|listen|receive|handle|touch|live|work',
  'using|operating|carrying|wearing|driving|riding|drinking|eating|reading|watching|playing|receiving|handling the|their|it|them|our|a',
  'use it|them|the|our|a|daily|every|day|day_to_day',
  // "patients take it every day", "residents take their tablets daily": a medicine's users.
  'take it|them daily|every|twice|once|each',
  'are|is the|its|our|just|only actual|real|daily|everyday|main|primary? user|users|end_user|end_users|ones_using_it|ones_who_use_it|stars|audience|consumers',
  'get the|a|our new|free? product|tool|drill|device|app|sample|product_in_their_hands',
  'love it|the|our',
  'enjoying the|it|our',
  // "get the learners themselves hooked", "the travellers themselves love booking with us"
  'themselves|himself|herself',
  // "the council funds it, residents borrow", "over-65s ride free on the bus pass"
  'borrow',
  'ride|travel free',
  // "the employees paid through it are the ones we need opening the payslip"
  'are|is the ones we need|want|are',
];

/** Before the user: "used by nurses", "the campaign talks to the kids". */
export const USER_BEFORE: readonly string[] = [
  'used|enjoyed|played|worn|eaten|drunk|operated|read|watched|carried|driven by',
  'user|users|end_user|end_users are|is',
  'aimed|targeted|directed|pitched|geared|marketed|advertised|promoted|speaks|talks|addressed|made|built|written|designed squarely|straight|directly|only|mainly? at|to|for|among',
  'go|goes straight|directly? to',
  // "… a map-app tie-in, targeting EV owners who haven't used us yet"
  'targeting',
  'among|amongst',
  'awareness|buzz|hype|preference|demand|excitement|recognition|recall|love|interest|trial|downloads|readership|adoption|uptake|usage among|with|in',
  'creative|campaign|message|story|content|ad|spot is|are for|about',
];

/**
 * Labels of a brief's field that names whom it is for, before a colon: "Audience: couples within
 * a two-hour drive", "Target: homeowners researching solar".
 */
export const AUDIENCE_LABELS: readonly string[] = [
  'target|core|primary|main? audience',
  'target group|market|users',
  'target|who|user|users|end_user|end_users',
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
  'procurement|procurement_office|procurement_heads|procurement_lead|procurement_manager|procurement_team|purchasing_manager|buying_team|purchasing_office|purchasing_department|purchasing_team|purchasing_director|hospital_purchasing|buyers|purchaser|payer|budget_holders|decision_makers|economic_buyer|signers|signatories|finance_team|it_department|it_team',
  // "Who pays: the employer", a field's label.
  'who pays|buys',
];

/**
 * Before a business the seller sells to: "we sell to apparel brands". It names the payer unless
 * the text says someone else pays ("we supply uniforms to schools; parents pay").
 */
export const SOLD_TO: readonly string[] = [
  'sold|sell|supplied|invoiced|bill to',
  // "sells retinal scanners to optician chains"
  'sold|sell|supplied|license ** to',
];

/** Before the payer: "our buyers are utilities", and whom the seller sells to. */
export const PAYER_BEFORE: readonly string[] = [
  ...SOLD_TO,
  'our|its|their|the actual|real|main|paying? buyer|customers|purchasers|payers|clients are|is',
  // "the budget holder is the practice manager"
  'the|our|their budget_holder|decision_maker|economic_buyer are|is',
  'contracts|deals|relationship are|is with',
  'bought|purchased|paid|funded|financed|commissioned|ordered|procured|chosen|reimbursed|subsidised|covered|booked|signed for? by',
  // "contracts negotiated by fleet managers", "renewed yearly by their travel buyers"
  'negotiated|renewed|approved * by',
  'purchases|payments go|goes on',
  // "our renewals go through HR directors", "orders run through the co-op"
  'purchases|payments|renewals|orders|contracts|sales|buying go|goes|run|come through|via',
  'budget sits|is with',
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
  'not|never see|hear|notice|know about|any|this|it|our|us',
];

/** Before the recipients of a programme: "rewards for our returning diners". */
export const RECIPIENT_BEFORE: readonly string[] = [
  'for|to|with|on|ping|message|text|visit|reward|thank|keep|retaining|protecting|contact|call|email|invite|offer|give|serve|nurture|nurturing|upsell|re_engage|reactivate|win_back|remind|onboard',
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
  'approves the|every|each spend|budget|lease|order|scheme|invoice',
];

/** After the payer: "the parents pay", "facilities managers sign the orders". */
export const PAYER_AFTER: readonly string[] = [
  'pay|paid|bankroll|bankrolls|reimburse|reimburses|reimbursing|subsidise|subsidizes',
  // "the council finances it", "employers fund the scheme", not "finance departments", "co-op funds"
  'finances|fund it|them|the|our|their|most|all',
  // "the health service commissions the app", "parents shop for it"
  'commissions the|it|our|them',
  'shop for it|them',
  'cover|covering the cost|fees|bill|premiums|rent|tuition',
  // "mum or dad does the shop"
  'do|does|did the shop',
  'foot the bill',
  'pick up the tab|bill',
  'buy|purchase|order it|them|the|our|most|from|through|in|for|on',
  'sign the|off every|each|all? contract|orders|deal|cheque|po|spend|budget|lease|purchase',
  // "practice owners sign the finance deal", "resorts sign the rental contracts"
  'sign the|a|their * contract|deal|agreements|lease|order|po',
  // "fleet managers handle renewals", "business managers handling renewals every July"
  'handle|negotiate|negotiates|negotiating|own the|their? renewals|contracts',
  'do|does|handle|own|run|make the buying|purchasing|ordering|paying|purchase_decision|buying_decision|actual_purchase|actual_buying',
  'are|is the|its|our|their actual|real? buyer|purchaser|payer|customer|client|budget_holders|decision_makers|ones_who_pay|ones_paying|ones_buying|ones_who_buy|people_who_pay|bill_payers',
  'hold|own|control|set the budget|purse|purse_strings|money',
  'approves|choose|pick|select|shortlist|shortlists the? vendor|supplier|purchase|equipment|tool|products',
  ...APPROVING,
  'to buy|purchase|switch|adopt|order|stock|license|procure|approve',
  'buy_it|buy_them|buy_it_for|buy_for|fund_the_fees|fund_it',
  // "the pubs that stock our ales": a stockist buys from us to sell on.
  'stock|resell us|our|it',
  // "for the kids starting reception, not the parents buying"
  'buying|purchasing',
];
