import { type CueDefinition, customerCue as cue } from './cue-definition.ts';

/**
 * Customer cues of keeping and rewarding buyers: loyalty, retention, renewals, win-back, repeat
 * purchase and the privileges of the best buyers (seed 001's customer marketing).
 */
export const RETENTION_CUES: readonly CueDefinition[] = [
  cue(
    'loyalty',
    'card_of_fidelity|fidelity_card|fidelity_scheme|fidelizacion|loyal|loyalist|loyalists|loyalty',
    'f1.4 r.28',
    'rewards and keeps existing buyers',
  ),
  cue(
    'loyalty-programme',
    'loyal|loyalty bonus|card|club|credit|discount|member|membership|points|program|scheme|tier',
    'f1.2 r.3 s.4',
    'a loyalty programme rewards continued patronage',
  ),
  cue(
    'frequent-flyer',
    'frequent_diner|frequent_flier|frequent_flyer|frequent_guest|frequent_stay',
    'f1.2 r.3 s.4',
    'a programme for people who travel or stay with us often',
  ),
  cue(
    'programme-launch',
    'loyalty|member|membership|points|referral|rewards|vip app|club|program|scheme|tier|tiers? launch|overhaul|refresh|relaunch|revamp|rollout',
    'f1.2 r.4 s.4',
    'launching a programme for existing buyers is still about keeping them',
  ),
  cue('retention', 'retain|retainer|retention', 'f1.4 s.4', 'the goal is keeping buyers'),
  cue(
    'keep-buyers',
    'hold|keep|protect b2b|best|big|current|existing|key|loyal|our|the|top|trade? accounts|backers|buyers|clients|customers|dealers|distributors|donors|franchisees|members|players|regulars|resellers|retailers|shoppers|stockists|subscribers|tenants|them|wholesalers',
    'f1.2 s.6',
    'the goal is keeping existing buyers',
  ),
  cue('come-back', 'buy|come|visit again|back', 'f1 e.6 s.4', 'buyers coming back to buy again'),
  cue(
    'keep-happy',
    'keep * coming|engaged|happy|sweet',
    'f1 r.8',
    'the goal is keeping existing buyers',
  ),
  cue(
    'contract-end',
    'contract|deal|fixed_rate|lease|license|memberships|pass|plan|policy|subscriptions|tariff|term|warranty comes_up|ends|expiring|expiry|lapses|renews|runs_out',
    'f1.2 e1 s.8',
    "the buyer's current agreement is up for renewal",
  ),
  cue(
    'reminders',
    'nudge|reminder|renewal_reminder|reorder_reminder|top_up_alert',
    'r.3 e.8',
    'prompts existing buyers to buy again',
  ),
  cue(
    'follow-up',
    'aftercare_call|courtesy_call|follow_up|followup|recall_reminder|service_reminders',
    'r1.2 f.6',
    'keeps in touch after the purchase',
  ),
  cue(
    'account-review',
    'account|bill|consumption|energy|fee|performance|plan|policy|portfolio|price|rate|service|spend|tariff|usage audit|health_check|review',
    'r1 i.8',
    'a review of what each buyer has with us',
  ),
  cue(
    'customer-usage',
    "account|buyer|client|customer|member|policyholder|subscriber 's? consumption|data|history|order_history|orders|purchases|records|spend|usage",
    'i1.4 s.6',
    "decisions drawn from our buyers' own data",
  ),
  cue(
    'points-scheme',
    'frequent_buyer|frequent_flyer|member|miles|perks|points|rewards|stamp app|card|club|currency|program|scheme|tier|tiers|wallet',
    'f1.2 r.3 s.4',
    'a rewards scheme for continued buying',
  ),
  cue(
    'churn',
    'attrition|cancellations|cancelled|churning|defecting|defection|defections',
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
    'dormant|inactive_accounts|inactive_customers|inactive_members|lapsed|re_engage|re_join|reactivating|reactivation|reengage|rejoining|stopped_buying|stopped_donating|stopped_giving|stopped_ordering|stopped_renewing|then_stopped|win_back|winback|winbacks',
    'f.6 s.8',
    'wins back former buyers',
  ),
  cue('we-miss-you', 'we miss you', 'f1 r1', 'a personal message to a lapsed buyer'),
  cue(
    'renewal',
    'auto_renew|re_enrollment|re_sign|renegotiate|renegotiating|renegotiation|renew|requalify|requalifying|resubscribe',
    'f1.2 e1 s.5',
    'renewing is buying again from us',
  ),
  cue(
    'repeat',
    'recurring|repeat|returning advertiser|applicants|bookers|bookings|business|button|buyer|buying|customer|delivery|diner|donation|donations|donors|gift|givers|guest|learner|link|order|passengers|patients|player|purchase|stays|students|tenants|travellers|visit|visitors',
    'f1.2 e.8 s.8',
    'rewards buying again',
  ),
  cue('repeat-bare', 'repeat buying|purchase', 'f1 e1', 'rewards buying again'),
  cue(
    'continued',
    'continued|ongoing business|custom|patronage|relationship',
    'f1 r1',
    'an ongoing buyer relationship',
  ),
  cue(
    'thank-you',
    'thank_you|thanks box|call|card|email|event|gift|letter|message|note|pack|thing|treat|video',
    'r.5 f.6',
    'appreciation for existing buyers',
  ),
  cue(
    'thank-buyers',
    'thanking * for|to? backers|buyers|clients|customers|donors|everyone|guests|members|patrons|people|regulars|subscribers|supporters|them',
    'r.6 f.8',
    'thanks the people who already buy or give',
  ),
  cue(
    'appreciation',
    'appreciate|appreciation|gratitude|steward|stewarding|stewards|stewardship|valued',
    'r1 f.8',
    'appreciation for existing buyers',
  ),
  cue(
    'used-us-before',
    'booked|bought|dined|flown|ordered|shopped|stayed|used|visited our|us|with * before|previously',
    's1.2 a.4',
    'people who have bought from us before',
  ),
  // What they did ("guests who booked direct twice") picks out our own buyers more surely than
  // what they do ("professionals who buy frames as fashion"), which may be anyone's habit.
  ...(
    [
      [
        'that|which|who|whose * booked|bought|donated|flew|flown|gave|given|hit|lapsed|licensed|ordered|paid_for|paused|purchased|renewed|reordered|sent|serviced|sourced|spent|stayed|subscribed',
        1,
      ],
      ['that|which|who|whose * buy|give|order|restock|spend', 0.6],
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
    '# or? more? boxes|classes|deliveries|flights|miles|months|nights|orders|parcels|points|policies|purchases|rides|seats|sessions|stamps|stays|tickets|trips|visits|years',
    'i.8 s.4',
    'buyers counted by their purchases with us',
  ),
  cue(
    'every-nth',
    'each|every|their|your 10th|12th|2nd|3rd|4th|5th|6th|7th|8th|9th|eighth|fifth|fourth|ninth|second|seventh|sixth|tenth|third|twelfth',
    'f1 e.6 s.4',
    'a reward for buying again and again',
  ),
  cue(
    'frequent-buying',
    'booking|buying|hiring|ordering|renting|shopping|visiting daily|every|fortnightly|monthly|regularly|weekly',
    's1 f.6 i.6',
    'buyers picked out by how often they buy from us',
  ),
  cue(
    'counted-bookings',
    'booking|bought|buying|ordering|visiting #|five|four|six|ten|three|two or more',
    's1 f.6 i.6',
    'buyers picked out by how often they buy from us',
  ),
  cue(
    'nth-on-us',
    'the 10th|11th|12th|5th|6th|7th|8th|9th|eighth|eleventh|fifth|ninth|seventh|sixth|tenth|twelfth * free|on us?',
    'f1 e.6 s.4',
    'a reward for buying again and again',
  ),
  cue('stamped-card', 'card they|we|you stamp', 'f1 r.6', 'a stamp card rewards each return'),
  cue(
    'spend-threshold',
    'balances|buying|orders|purchases|spend|spent above|at_least|more_than|of|over #',
    'i1 s.4',
    'buyers picked out by their spend with us',
  ),
  cue(
    'purchase-offer',
    'bundle|code|deal|delivery_code|free_delivery|free_express_shipping|free_shipping|offer|package|packages|price_match|promo_code|trade_in|trade_in_bonus|upgrade_offer',
    'e.6',
    'an incentive to buy',
  ),
  cue('reward-buyers', 'reward', 'f1 r.4', 'rewards buyers for continued buying'),
  cue(
    'vip',
    'elite|gold|platinum|premier|tier|tiers|top_tier|vip',
    'f.8 r.3 s.6',
    'a tier for the best existing buyers',
  ),
  cue('status', 'status bonus|match|offer', 'f.6 r.2', 'status for the best existing buyers'),
  cue(
    'early-access',
    'early access|allocation|bird|pick|preview|previews|shipment',
    'f.8 r.2',
    'privileged access for existing buyers',
  ),
  cue(
    'birthday-reward',
    'birthday bonus|discount|offer|points|reward|treat|voucher',
    'r1 f.6',
    'a reward that knows each buyer',
  ),
  cue(
    'ahead-of-others',
    'ahead_of|before anyone_else|everyone_else|other_buyers|other_customers|the_public|the_rest',
    'f.8 r.2',
    'privileged access for existing buyers',
  ),
  cue(
    'first-access',
    'first access|dibs|pick|refusal',
    'f.8 r.2',
    'privileged access for existing buyers',
  ),
  cue(
    'exclusive',
    'client_only|exclusive|invitation_only|members_only',
    'r.4 f.6',
    'privileges reserved for existing buyers',
  ),
  cue(
    'upsell',
    'cross_sell|expansion|grow_share|raise_their_gift|share_of_wallet|upselling',
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
    'after_care|after_sale|aftercare|aftersales|post_purchase|post_sale',
    'r1.2 f.8',
    'engagement after the purchase',
  ),
  cue(
    'welcome-new-buyers',
    'onboarding|welcome call|emails|flow|journey|pack|programme|series? for|to new|newly joined|registered|signed? accounts|buyers|clients|customers|holders|members|signups|subscribers',
    'f1.2 s1 r.6',
    'looks after buyers who have just bought',
  ),
  cue(
    'onboarding-client',
    'implementation|onboarding for account|client|customer',
    'r1 f.6',
    'service for a new paying client',
  ),
  cue('satisfaction-goal', 'keep * satisfied|valued', 'r1 f.8', 'keeps buyers satisfied'),
  cue('feel-valued', 'feel appreciated|special|valued', 'r1 f.8', 'makes buyers feel valued'),
];
