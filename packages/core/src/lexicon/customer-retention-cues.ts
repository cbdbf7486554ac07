import { type CueDefinition, customerCue as cue } from './cue-definition.ts';

/**
 * Customer cues of keeping and rewarding buyers: loyalty, retention, renewals, win-back, repeat
 * purchase and the privileges of the best buyers (seed 001's customer marketing).
 */
export const RETENTION_CUES: readonly CueDefinition[] = [
  cue(
    'loyalty',
    'loyal|loyalty|loyalist|loyalists|fidelity_card|card_of_fidelity|fidelity_scheme|fidelizacion',
    'f1.4 r.28',
    'rewards and keeps existing buyers',
  ),
  cue(
    'loyalty-programme',
    'loyal|loyalty program|scheme|club|card|tier|member|membership|points|credit|bonus|discount',
    'f1.2 r.3 s.4',
    'a loyalty programme rewards continued patronage',
  ),
  cue(
    'frequent-flyer',
    'frequent_flyer|frequent_flier|frequent_guest|frequent_stay|frequent_diner',
    'f1.2 r.3 s.4',
    'a programme for people who travel or stay with us often',
  ),
  cue(
    'programme-launch',
    'loyalty|points|rewards|membership|vip|referral|member scheme|program|club|tier|tiers|app? launch|relaunch|refresh|revamp|overhaul|rollout',
    'f1.2 r.4 s.4',
    'launching a programme for existing buyers is still about keeping them',
  ),
  cue('retention', 'retain|retention|retainer', 'f1.4 s.4', 'the goal is keeping buyers'),
  cue(
    'keep-buyers',
    'keep|protect|hold our|the|existing|current|b2b|key|trade|top|big|best|loyal? them|customers|clients|accounts|members|subscribers|buyers|shoppers|players|donors|franchisees|dealers|distributors|resellers|retailers|stockists|wholesalers|tenants|regulars|backers',
    'f1.2 s.6',
    'the goal is keeping existing buyers',
  ),
  cue('come-back', 'buy|visit|come again|back', 'f1 e.6 s.4', 'buyers coming back to buy again'),
  cue(
    'keep-happy',
    'keep * happy|sweet|engaged|coming',
    'f1 r.8',
    'the goal is keeping existing buyers',
  ),
  cue(
    'contract-end',
    'deal|contract|term|plan|tariff|fixed_rate|license|lease|policy|subscriptions|memberships|warranty|pass ends|expiring|expiry|lapses|runs_out|renews|comes_up',
    'f1.2 e1 s.8',
    "the buyer's current agreement is up for renewal",
  ),
  cue(
    'reminders',
    'reminder|reorder_reminder|renewal_reminder|nudge|top_up_alert',
    'r.3 e.8',
    'prompts existing buyers to buy again',
  ),
  cue(
    'follow-up',
    'follow_up|followup|aftercare_call|courtesy_call|service_reminders|recall_reminder',
    'r1.2 f.6',
    'keeps in touch after the purchase',
  ),
  cue(
    'account-review',
    'tariff|account|bill|price|rate|usage|energy|portfolio|policy|plan|fee|spend|consumption|performance|service review|audit|health_check',
    'r1 i.8',
    'a review of what each buyer has with us',
  ),
  cue(
    'customer-usage',
    "customer|member|client|account|subscriber|buyer|policyholder 's? usage|data|history|spend|orders|order_history|purchases|records|consumption",
    'i1.4 s.6',
    "decisions drawn from our buyers' own data",
  ),
  cue(
    'points-scheme',
    'points|rewards|stamp|miles|perks|frequent_flyer|frequent_buyer|member scheme|program|club|card|app|tier|tiers|wallet|currency',
    'f1.2 r.3 s.4',
    'a rewards scheme for continued buying',
  ),
  cue(
    'churn',
    'churning|attrition|cancellations|cancelled|defecting|defection|defections',
    'f1.2 i.3',
    'fighting churn keeps existing buyers',
  ),
  cue(
    'save-desk',
    'save desk|offer|team',
    'f1 r.6',
    'a save offer keeps a buyer who wants to leave',
  ),
  cue(
    'win-back',
    'win_back|winback|winbacks|rejoining|re_join|reactivation|reactivating|re_engage|reengage|lapsed|stopped_giving|stopped_buying|stopped_ordering|stopped_donating|stopped_renewing|then_stopped|dormant|inactive_customers|inactive_accounts|inactive_members',
    'f.6 s.8',
    'wins back former buyers',
  ),
  cue('we-miss-you', 'we miss you', 'f1 r1', 'a personal message to a lapsed buyer'),
  cue(
    'renewal',
    'renew|re_enrollment|requalify|requalifying|re_sign|resubscribe|auto_renew|renegotiate|renegotiation|renegotiating',
    'f1.2 e1 s.5',
    'renewing is buying again from us',
  ),
  cue(
    'repeat',
    'repeat|returning|recurring purchase|buyer|customer|business|visit|order|guest|player|advertiser|diner|learner|stays|buying|bookings|applicants|bookers|donors|givers|patients|students|visitors|travellers|passengers|tenants|gift|donation|donations|delivery|link|button',
    'f1.2 e.8 s.8',
    'rewards buying again',
  ),
  cue('repeat-bare', 'repeat buying|purchase', 'f1 e1', 'rewards buying again'),
  cue(
    'continued',
    'continued|ongoing patronage|custom|business|relationship',
    'f1 r1',
    'an ongoing buyer relationship',
  ),
  cue(
    'thank-you',
    'thank_you|thanks gift|note|call|card|event|email|message|letter|video|pack|box|thing|treat',
    'r.5 f.6',
    'appreciation for existing buyers',
  ),
  cue(
    'thank-buyers',
    'thanking * for|to? donors|customers|members|supporters|subscribers|clients|buyers|regulars|backers|patrons|guests|them|everyone|people',
    'r.6 f.8',
    'thanks the people who already buy or give',
  ),
  cue(
    'appreciation',
    'appreciation|appreciate|valued|gratitude|stewardship|steward|stewarding|stewards',
    'r1 f.8',
    'appreciation for existing buyers',
  ),
  cue(
    'used-us-before',
    'used|bought|booked|stayed|visited|ordered|dined|flown|shopped our|us|with * before|previously',
    's1.2 a.4',
    'people who have bought from us before',
  ),
  // What they did ("guests who booked direct twice") picks out our own buyers more surely than
  // what they do ("professionals who buy frames as fashion"), which may be anyone's habit.
  ...(
    [
      [
        'who|that|whose|which * bought|ordered|spent|purchased|paid_for|booked|stayed|flew|flown|given|gave|donated|renewed|reordered|subscribed|serviced|paused|lapsed|sent|sourced|licensed|hit',
        1,
      ],
      ['who|that|whose|which * buy|order|spend|give|restock', 0.6],
    ] as const
  ).map(([pattern, scope]) =>
    cue(
      'selected-by-buying',
      pattern,
      `i.8 s${scope}`,
      'buyers picked out by what they bought from us',
    ),
  ),
  cue(
    'counted-purchases',
    '# or? more? nights|orders|visits|purchases|boxes|years|months|flights|stays|stamps|tickets|parcels|seats|policies|deliveries|sessions|classes|rides|trips|miles|points',
    'i.8 s.4',
    'buyers counted by their purchases with us',
  ),
  cue(
    'every-nth',
    'every|each|your|their second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twelfth|2nd|3rd|4th|5th|6th|7th|8th|9th|10th|12th',
    'f1 e.6 s.4',
    'a reward for buying again and again',
  ),
  cue(
    'frequent-buying',
    'booking|buying|ordering|visiting|shopping|renting|hiring weekly|monthly|fortnightly|regularly|daily|every',
    's1 f.6 i.6',
    'buyers picked out by how often they buy from us',
  ),
  cue(
    'counted-bookings',
    'booking|buying|bought|ordering|visiting #|two|three|four|five|six|ten or more',
    's1 f.6 i.6',
    'buyers picked out by how often they buy from us',
  ),
  cue(
    'nth-on-us',
    'the fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|5th|6th|7th|8th|9th|10th|11th|12th * on|free us?',
    'f1 e.6 s.4',
    'a reward for buying again and again',
  ),
  cue('stamped-card', 'card we|you|they stamp', 'f1 r.6', 'a stamp card rewards each return'),
  cue(
    'spend-threshold',
    'spent|spend|buying|purchases|orders|balances over|above|more_than|at_least|of #',
    'i1 s.4',
    'buyers picked out by their spend with us',
  ),
  cue(
    'purchase-offer',
    'offer|deal|bundle|package|packages|code|promo_code|free_delivery|free_shipping|free_express_shipping|delivery_code|price_match|trade_in|trade_in_bonus|upgrade_offer',
    'e.6',
    'an incentive to buy',
  ),
  cue('reward-buyers', 'reward', 'f1 r.4', 'rewards buyers for continued buying'),
  cue(
    'vip',
    'vip|elite|platinum|gold|premier|top_tier|tier|tiers',
    'f.8 r.3 s.6',
    'a tier for the best existing buyers',
  ),
  cue('status', 'status match|bonus|offer', 'f.6 r.2', 'status for the best existing buyers'),
  cue(
    'early-access',
    'early access|allocation|pick|preview|previews|bird|shipment',
    'f.8 r.2',
    'privileged access for existing buyers',
  ),
  cue(
    'birthday-reward',
    'birthday treat|reward|discount|voucher|offer|bonus|points',
    'r1 f.6',
    'a reward that knows each buyer',
  ),
  cue(
    'ahead-of-others',
    'before|ahead_of anyone_else|everyone_else|the_public|the_rest|other_buyers|other_customers',
    'f.8 r.2',
    'privileged access for existing buyers',
  ),
  cue(
    'first-access',
    'first access|refusal|pick|dibs',
    'f.8 r.2',
    'privileged access for existing buyers',
  ),
  cue(
    'exclusive',
    'exclusive|members_only|client_only|invitation_only',
    'r.4 f.6',
    'privileges reserved for existing buyers',
  ),
  cue(
    'upsell',
    'upselling|cross_sell|share_of_wallet|expansion|raise_their_gift|grow_share',
    'f.8 e.8 s.4',
    'grows what existing buyers spend',
  ),
  cue(
    'advocacy',
    'advocacy|advocate|advocates|case_study|referenceable',
    'r.8 f.4',
    'turns existing buyers into advocates',
  ),
  cue(
    'post-purchase',
    'post_purchase|after_sale|aftersales|aftercare|after_care|post_sale',
    'r1.2 f.8',
    'engagement after the purchase',
  ),
  cue(
    'welcome-new-buyers',
    'onboarding|welcome emails|series|pack|call|journey|programme|flow? for|to new|newly signed|joined|registered? subscribers|members|customers|clients|accounts|buyers|holders|signups',
    'f1.2 s1 r.6',
    'looks after buyers who have just bought',
  ),
  cue(
    'onboarding-client',
    'onboarding|implementation for client|account|customer',
    'r1 f.6',
    'service for a new paying client',
  ),
  cue('satisfaction-goal', 'keep * satisfied|valued', 'r1 f.8', 'keeps buyers satisfied'),
  cue('feel-valued', 'feel valued|appreciated|special', 'r1 f.8', 'makes buyers feel valued'),
];
