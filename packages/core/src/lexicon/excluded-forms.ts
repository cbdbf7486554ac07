/**
 * Word forms that share a stem with a cue's words but mean something else, by cue id. Cues match
 * on stems, so "existing" also meets "exists", "hospitality" meets "hospital" and "activation"
 * meets "active"; a match that contains one of these forms is no cue. Some forms change what a
 * gap means: "tutoring *that parents book*" describes the service, where "parents *who booked*"
 * picks out buyers, so a subject inside the gap unmakes the cue. Data only; applied in
 * `analysis/cues.ts`.
 *
 * @module
 */
import { DRIVER_OF_FIGURES } from './phrase-words.ts';
import { wordSet, wordSetsByKey } from './word-set.ts';

/** Rooms and devices before "fan" that make it a machine: "the bathroom fan". */
const APPLIANCE_PLACES = 'bathroom ceiling extractor desk cooling laptop kitchen exhaust';

export const EXCLUDED_FORMS: ReadonlyMap<string, ReadonlySet<string>> = wordSetsByKey({
  // "moved to Thursday", "moved to a competitor": a date or a lost buyer, not a market trend.
  'growing-market': 'moved',
  clients: 'accounting accountancy accountant accountants',
  fans: 'communicate communicates communicated communication communications',
  'purchase-offer': 'packaging coding coded',
  // 'feel valued' is appreciation; 'value for money', 'what drivers value' are not.
  appreciation: 'value values valuing',
  launch: 'open opens',
  // "signed up" is ours; "sign-ups" are new people.
  existing: 'exist exists existed currently sign ups',
  'hands-on': 'competitive competitively',
  visits: 'hospital hospitals',
  // A music jam is an event; a printer "jamming" is not.
  events: 'active actively competitive competitively jamming jammed',
  competitive: 'competition competitions landscaping',
  discount: 'point pointed pointing',
  // "consumer brands" buy from an agency; a "consumer brand campaign" is the brand's own.
  'business-buyers':
    'brand utilisation organic busy firmness clinical hospitality institutional procure',
  usage: 'useful',
  demand: 'demanding',
  'mass-media': 'spotting spotted',
  // "contract pricing" is the terms of buying; a bare "price" is as often what people compare.
  pricing: 'price prices priced',
  consideration: 'preferred',
  renewal: 'renewable renewables',
  // "a referral link that gives both friends 1 GB": a thing that gives, not a buyer.
  'selected-by-buying':
    'we you they i he she parents people customers clients users families kids children companies businesses firms gives',
  // "sampled journal entries" is an audit's; product samples are given out or "sampling".
  trial: 'sampled',
  'professional-market': 'attend attends attended attending association associations tech',
  'professional-users': 'attend attends attended attending association associations tech',
  'trade-audience': 'channels trading',
  'long-term': 'trusts',
  // "twelve brands that requested samples", "the 140 brands already buying our boxes": brands
  // in the plural are businesses (buyers, clients, rivals), not work on the brand.
  'brand-term': 'brands',
  // 'people who never used it' are new to us; 'we're not using it to find new customers' is not.
  'never-heard': 'using',
  // "showing the new range" shows the product; "show off", "show them the report" do not.
  features: 'show showed',
  // "personalised" stems to "person": a person, or a brand's personality, is nothing personalised;
  // "individual designers", "individuals buy": single people, where "individually" is personal.
  personalised: 'person persons personality individual individuals',
});

/**
 * One list under a word of a cue in the singular and in the plural ("usage play", "usage
 * plays"): the keys name a word as written.
 */
const singularAndPlural = (id: string, word: string, words: string): Record<string, string> => ({
  [`${id} ${word}`]: words,
  [`${id} ${word}s`]: words,
});

/**
 * Words right before a match that unmake its cue: a "free tier" or a "starter tier" is a price
 * plan anyone can pick, not a privilege for the best buyers; "we'll spend" is no purchase. Keyed
 * as `EXCLUDED_NEXT_WORDS` is: by cue id, or by "id word" for one word of the cue. Data only;
 * applied in `analysis/cues.ts`.
 */
export const EXCLUDED_PREVIOUS_WORDS: ReadonlyMap<string, ReadonlySet<string>> = wordSetsByKey({
  // "the bathroom fan", "a ceiling fan": a machine, not a devotee.
  'fans fan': APPLIANCE_PLACES,
  // "protein bars", "cut into bars": a product's shape, not pubs that buy.
  'business-buyers bars': 'into protein granola chocolate cereal snack energy soap',
  // A "satisfaction survey" asks our own buyers; a "tasting panel" or an "advisory panel" seats them.
  research: 'satisfaction tasting advisory customer client member',
  // A "QR code" is no discount code, nor is "no-code", "low-code" or "source code": software.
  'purchase-offer': 'qr',
  'purchase-offer code': 'no low source',
  // "we'll spend the launch budget on …", "get shoppers to buy": the seller's spend, or a purchase
  // still to be won, not buyers buying from us.
  'purchase-act': 'we i will to should',
  'households fan': APPLIANCE_PLACES,
  'end-user-people fan': APPLIANCE_PLACES,
  // "salon owners", "farm owners": people who own a business buy for it.
  ...singularAndPlural('paying-people', 'owner', 'business farm practice salon shop smb'),
  // "all hands on expansion": everyone on the team, not a product in hand.
  'trial hands': 'all',
  'usage hands': 'all',
  'hands-on hands': 'all',
  // "reorder drivers": what moves a figure, not motorists.
  ...singularAndPlural('households', 'driver', DRIVER_OF_FIGURES),
  // "returning players", "existing students": buyers we already have.
  'end-user-people': 'returning existing lapsed paying loyal current',
  // a "free personal plan" is a price tier, not personal contact.
  personalised: 'free',
  // "the HR sponsors at each client", "an executive sponsor": who backs a programme inside an
  // account, not a sponsorship bought for reach.
  ...singularAndPlural('mass-media', 'sponsor', 'business executive hr internal project'),
  // "a brand play", "expansion plays": a business move, not the product played with.
  ...singularAndPlural(
    'usage',
    'play',
    'acquisition awareness brand expansion growth land loyalty reach retention upsell volume',
  ),
  // "salons buy the colour; their clients sit in the chair": a buyer's own clients use it.
  'clients clients': 'their',
  'clients customers': 'their',
  // "their first bank account", "a student account": a product, not a client's account.
  ...singularAndPlural('clients', 'account', 'bank checking joint savings student'),
  // "every NHS trust", "foundation trusts": an organisation, not a buyer's trust in us.
  ...singularAndPlural('long-term', 'trust', 'foundation health hospital nhs'),
  // "their energy bill", "the phone bill": what a household pays, not our invoicing.
  ...singularAndPlural(
    'invoicing',
    'bill',
    'broadband electricity energy gas grocery heating mobile phone utility vet water',
  ),
  // "the school business manager": the buyer's own staff, not the seller's account manager.
  'account-manager business': 'academy college hospital practice school surgery',
  // "long lunches", "for dinner", "family dinners": a meal the product is for, not a meeting.
  visits: 'long into for at after before family school quick',
  vip: 'free freemium basic starter entry consumer pricing price community',
  // "a free student tier": a price plan for students, not a privilege.
  'vip tier': 'student',
  // "data to spot lapsing SKUs": to notice, not an ad spot.
  'mass-media spot': 'to can could will we',
  // "quarterly results", "employee benefits": an account's review or an HR product, not what using it does.
  benefits: 'quarterly monthly annual weekly employee employer staff',
  // "water retention", "data retention": what is kept is not a buyer.
  retention: 'water fluid heat moisture data record records document',
  // "patient advocacy groups", "consumer advocacy": speaking up for a cause, not buyers
  // recommending a brand.
  advocacy:
    'clinician consumer employee hygienist legal nurse patient patients policy public staff user users',
  // "account usage", "seat usage": the buyer's own data, reviewed with them.
  usage: 'account accounts seat licence client clients customer customers',
  // "can anyone cover Saturday?", "does anyone have …": a question to the room, not the public.
  'mass-scale': 'can could does did has is will would',
  // "on-demand video" is a way to deliver, not demand to create.
  demand: 'on',
  // "situational awareness", "self-awareness": attention, not knowing a brand.
  awareness: 'situational self spatial',
  // "customer experience" is how buyers are looked after (a customer strategy in the seeds), and
  // a "claims experience" review is an insurer's account review: neither is the user's
  // experience of the product.
  experience: 'customer client member account buyer subscriber cardholder claims',
  // A "renewal email", a "retention newsletter" or a "partner newsletter" goes to buyers we have.
  'one-to-many': 'renewal retention partner dealer reseller trade distributor stockist',
  // "neither party shall", "a third party": a side of a contract, not a celebration.
  'events party': 'neither either each third other both',
  // "an app with no ads", "zero ads": a product feature, not a channel set aside.
  'mass-media adverts': 'no zero',
  // a "creator partnership" or "media partnership" buys reach, not a lasting tie with a buyer.
  'long-term': 'creator creators influencer influencers brand media celebrity',
});

/** Words after "consumer" that make it economics, wiring or a manner: "consumer price inflation", "consumer-style humour". */
const NOT_A_MARKET_AFTER_CONSUMER =
  'unit units price prices inflation index rights protection law credit debt duty style';

/**
 * Words right after a match that unmake its cue: "ad hoc" is no advert, a "spot check" no TV
 * spot. A list under a cue's id holds for all its words; one under "id word" only for that word
 * ("households consumer": "consumer unit" is a fuse box, "family prices" stay a market). Data
 * only; applied in `analysis/cues.ts`.
 */
export const EXCLUDED_NEXT_WORDS: ReadonlyMap<string, ReadonlySet<string>> = wordSetsByKey({
  // "8-12 year olds" is an age band and a "30 day trial" an offer, not a count of purchases.
  'counted-purchases': 'olds old trial trials',
  // "ad sales" sell ad space (as for "mass-media" below), for the cue that reads "ads" as one
  // message to many.
  'one-to-many': 'sales',
  // "each client that introduces another firm": a referral, not a product launch.
  launch: 'another friend friends colleague colleagues',
  // "saved addresses", "a saved basket": a feature of the shop, not money saved.
  'benefits saved': 'address addresses basket baskets card cards details search searches',
  // "people who've given up on soda": quitting, not paying us.
  'selected-by-buying': 'up',
  // "parents buy it", "shoppers order them": who buys the product, not a purchase programme.
  'purchase-act': 'it them',
  // "ad sales" sell space to advertisers; an "ad hoc" order is no advert, a "spot check" no spot.
  'mass-media': 'hoc check checks checking checked sales',
  // "Please drink responsibly": a legal line on a drinks brand's copy, not the product in use.
  'usage drink': 'responsibly',
  'households consumer': NOT_A_MARKET_AFTER_CONSUMER,
  experience: 'panel panels',
  // "tour operators" are businesses, not a tour that reaches people.
  'events tour': 'operator operators',
  'consumer-products drink': 'responsibly',
  // "Senior Customer Success Manager", "a senior designer": a job title, not older people.
  // Employers who "sponsor staff" on a course pay for them; they buy no sponsorship.
  'mass-media sponsor': 'staff managers employees apprentices learners students',
  // "staff training" is something a programme gives, not people who use the product.
  'professional-users staff': 'training',
  'households senior':
    'account analyst art associate brand copywriter creative crm customer designer developer director editor engineer executive leadership management manager marketing partner product project sales team vice vp',
  // "the top 10 DMAs", "our top 5 markets", "the top 8 brands": places and rivals ranked, not
  // the best buyers.
  'top-n':
    'brands channels cities competitors countries dmas insights markets metros priorities products reasons regions rivals skus states territories tips trends',
  // "Registered in England and Wales No. 0123": an email's legal footer, not buyers we have.
  'existing registered': 'in office number no',
  // "a quarterly results deck", "the benefits team": an account review or an HR product, not
  // what using the product does.
  benefits:
    'report reports review reviews deck decks team broker brokers package packages platform scheme',
  // "the benefits manager", "the Benefits plan": an HR role and an HR product.
  ...singularAndPlural('benefits', 'benefit', 'manager managers plan plans'),
  // A "usage report" or "usage review" is what an account manager brings the buyer; "used by
  // clinicians" says who uses, not that the message is about using.
  usage: 'report reports review reviews dashboard dashboards data summary by',
  // "outdoor gear", "outdoor power equipment": a kind of product, not outdoor advertising.
  'mass-media outdoor':
    'apparel clothing equipment furniture gear kitchen lighting living power space spaces',
  // "consumer brands" are businesses that buy (an agency's, a packager's clients); a "consumer
  // unit" is a fuse box and "consumer price inflation" economics, not a market addressed.
  'consumer-marketing-term': `brands ${NOT_A_MARKET_AFTER_CONSUMER}`,
  // "anyone know if …", "anyone seen my charger": a question to the room, not the public.
  // "the whole exam term", "a broad range", "national accounts": a span of time or stock, or a
  // kind of account, not the market at large.
  'mass-scale':
    'know knows seen got around fancy mind term year season range lot order account accounts contract catalogue portfolio',
  // A "tasting panel" seats buyers to judge; it gets no product into new hands.
  trial: 'panel panels',
  // "toy shops", "snack makers", "the toy trade": businesses named by what they sell.
  'consumer-products':
    'shop shops store stores maker makers wholesale wholesaler wholesalers retailer retailers manufacturer manufacturers brands accounts chains buyers industry trade sector',
});

/**
 * Cues about people who use, have yet to use, or stopped buying, that say nothing of them when
 * the seller is the subject: "we'll use paid social", "we won't use TV", "we're not using this
 * list", "we did not renew the sponsorship". Applied in `analysis/cues.ts` when "we" or "I"
 * opens the clause a word or two before the cue.
 */
export const UNMADE_BY_SELLER_SUBJECT: ReadonlySet<string> = wordSet(
  'beyond-our-base dont-know-us gone-quiet never-heard not-yet usage who-use',
);

/**
 * The last word of a header field's label in an agency's or a team's brief ("Client: Nike",
 * "Agency: Brightwater", "Account Director: Sam Lee"): the label names who wrote or owns the
 * brief, not buyers or the seller's account staff. Applied in `analysis/cues.ts` to a cue that
 * opens a line and ends at the field's colon.
 */
export const HEADER_FIELD_WORDS: ReadonlySet<string> = wordSet(
  'agency client director lead manager planner producer strategist',
);
