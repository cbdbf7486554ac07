import { type CueDefinition, customerCue as cue } from './cue-definition.ts';

/**
 * Customer cues of a direct, personal, lasting relationship: named contacts, account
 * management, reviews, personalised service after the sale (seed 000's customer market).
 */
export const RELATIONSHIP_CUES: readonly CueDefinition[] = [
  cue(
    'account-manager',
    'account|relationship|success|client|partner|business manager|director|executives|lead|team|rep|representative|coordinator|consultant|adviser|advisor',
    { relationship: 1.4, audience: 0.75, focus: 0.5 },
    'a named contact owns the relationship',
  ),
  cue(
    'channel-partner',
    'partner|channel|reseller|dealer summit|programme|tier|tiers|portal|council|perks|incentives|rebates|badge',
    { relationship: 1.2, scope: 1 },
    'a standing relationship with the partners who sell us',
  ),
  cue(
    'advisory-seat',
    'advisory board|council|panel|group',
    { relationship: 1.2, insight: 0.4, scope: 0.6 },
    'our own buyers asked to shape what we do',
  ),
  cue(
    'panel-seat',
    'seat|place on the|our * panel|board|council|committee',
    { relationship: 1, insight: 0.6, scope: 0.6 },
    'our own buyers asked to shape what we do',
  ),
  cue(
    'co-sell',
    'co_sell|deal_registration|deal_reg|mdf|market_development_funds|partner_enablement',
    { relationship: 1, scope: 1, focus: 0.6 },
    'a standing relationship with the partners who sell us',
  ),
  cue(
    'adviser-per',
    'one|single adviser|advisor|rep|contact|banker|planner|consultant|stylist|engineer per|for_each|for_every',
    { relationship: 1.2, audience: 0.4 },
    'a named contact owns the relationship',
  ),
  cue(
    'for-life',
    'for_life|lifelong|lifetime_relationship',
    { relationship: 1, focus: 0.6 },
    'a relationship meant to last',
  ),
  cue(
    'keep-close',
    'keep * close|onside|sweet|happy|loyal|warm',
    { focus: 1.2, relationship: 1 },
    'keeps the buyers it has',
  ),
  cue(
    'key-account',
    'key|strategic|major account|client|customer|shippers|partners',
    { relationship: 1.2, audience: 0.8, scope: 0.8, market: 0.6 },
    'key-account management of the biggest buyers',
  ),
  cue(
    'named-contact',
    'named|dedicated|personal|own|single|direct|assigned * rep|representative|contact|agent|adviser|advisor|stylist|shopper|consultant|manager|team|desk|line|point|banker|coordinator|account|lead|care|number|officer|case_officer|liaison|caseworker',
    { relationship: 1.4, focus: 0.4 },
    'a dedicated person serves each buyer',
  ),
  cue(
    'csm',
    'csm|qbr|business_review|account_review|account_plan|joint_business_plan|joint_planning|executive_sponsor',
    { relationship: 1.4, audience: 0.6, focus: 0.6, market: 0.5 },
    'account management with the buyer',
  ),
  cue(
    'review-meeting',
    'review|check_in|catch_up meeting|call',
    { relationship: 3.4 },
    'regular personal contact with the buyer',
  ),
  cue(
    'quarterly-review',
    'quarterly|annual|monthly|regular|yearly|weekly|termly in_person? review|meetings|call|check_in|planning|impact_call',
    { relationship: 1, focus: 0.4 },
    'regular personal contact with the buyer',
  ),
  cue(
    'meet-regularly',
    'meet|visit|call|review * quarterly|monthly|annually|yearly|regularly|twice_a_year|every_quarter|each_quarter|each_month',
    { relationship: 1, focus: 0.4 },
    'regular personal contact with the buyer',
  ),
  cue('rep-visit', 'rep|sales_rep visit|call', { relationship: 1.2 }, 'a rep visits the buyer'),
  cue(
    'client-events',
    'client|customer|vip|member|dealer|reseller|account|owner|loyalty|stockist only? event|evening|summit|day|night|dinner',
    { relationship: 1, focus: 0.6 },
    'hosts the buyers it already has',
  ),
  cue(
    'visits',
    'visit|site_visit|dinner|lunch|hospitality|golf_day',
    { relationship: 1.12 },
    'meets the buyer in person',
  ),
  cue(
    'sales-team',
    'sales rep|guys|team|people|force|agronomist|engineer|consultants',
    { relationship: 1, market: 0.4 },
    'a salesperson serves the buyer',
  ),
  cue(
    'lock-in',
    'lock in|down',
    { emphasis: 1.2, relationship: 0.6 },
    'secures the next purchase on agreed terms',
  ),
  cue(
    'price-rise',
    'price|rate|tariff rise|increases|hike|change',
    { emphasis: 1, relationship: 0.4 },
    'handles what buyers pay',
  ),
  cue(
    'pricing',
    'pricing|volume_based|tariff_review|price_list|rate_card|quote|quotation|pricing_tier|price_break|early_order|pre_order|order_window',
    { emphasis: 1 },
    'the terms of buying',
  ),
  cue(
    'lapsed-back',
    'earn|win|get|bring lapsed|former|churned|dormant|past * back',
    { focus: 0.6, scope: 0.8 },
    'wins back former buyers',
  ),
  cue(
    'earn-back',
    'earn|win|get|bring * back',
    { focus: 0.36, scope: 0.18 },
    'brings former buyers back',
  ),
  cue(
    'we-supply',
    'we|who supply|sell|ship|deliver|serve|service|distribute|wholesale to?',
    { scope: 0.8, market: 0.6 },
    'the buyers this business supplies',
  ),
  cue(
    'own-data',
    'their|own own? data|history|records|figures|field_data|usage|numbers|results|stats|statistics|report|dashboard',
    { insight: 1.2, relationship: 0.8 },
    "uses each buyer's own data",
  ),
  cue(
    'personalised',
    'personalize|personalization|personally|tailor|tailored|bespoke|individually|one_to_one|1_to_1|handwritten|hand_written|personalised',
    { relationship: 1.2 },
    'personal, one-to-one communication',
  ),
  cue(
    'their-x',
    'their usual|sizes|history|usage|order|basket|account|past|last|previous|most_bought|most_ordered|most_purchased|regular_order|standing_order',
    { relationship: 0.8, insight: 0.6 },
    'personalised from what each buyer did',
  ),
  cue(
    'pre-filled',
    'pre_filled|prefilled|pre_selected|preselected|pre_loaded',
    { relationship: 0.8, emphasis: 0.6 },
    'makes buying again easy for each buyer',
  ),
  cue(
    'long-term',
    'long_term|multi_year|multiyear|three_year|two_year|3_year|lifelong|partnership|trusted',
    { relationship: 0.72 },
    'a lasting partnership',
  ),
  cue(
    'support',
    'priority support|service|line|phone|desk|tickets',
    { relationship: 1, focus: 0.4 },
    'service for existing buyers',
  ),
  cue(
    'care-team',
    'member|client|customer|seller|dealer care|service|success|support|line',
    { relationship: 1, focus: 0.4 },
    'service for existing buyers',
  ),
  cue(
    'engineering-support',
    'on_site|onsite engineering|support|service|account',
    { relationship: 1 },
    'service for existing buyers',
  ),
];
