import { type CueDefinition, customerCue as cue } from './cue-definition.ts';

/**
 * Customer cues of a direct, personal, lasting relationship: named contacts, account
 * management, reviews, personalised service after the sale (seed 000's customer market).
 */
export const RELATIONSHIP_CUES: readonly CueDefinition[] = [
  cue(
    'account-manager',
    'account|relationship|success|client|partner|business manager|director|executives|lead|team|rep|representative|coordinator|consultant|adviser|advisor',
    'r1.4 a.75 f.5',
    'a named contact owns the relationship',
  ),
  cue(
    'channel-partner',
    'partner|channel|reseller|dealer summit|programme|tier|tiers|portal|council|perks|incentives|rebates|badge',
    'r1.2 s1',
    'a standing relationship with the partners who sell us',
  ),
  cue(
    'advisory-seat',
    'advisory board|council|panel|group',
    'r1.2 i.4 s.6',
    'our own buyers asked to shape what we do',
  ),
  cue(
    'panel-seat',
    'seat|place on the|our * panel|board|council|committee',
    'r1 i.6 s.6',
    'our own buyers asked to shape what we do',
  ),
  cue(
    'co-sell',
    'co_sell|deal_registration|deal_reg|mdf|market_development_funds|partner_enablement',
    'r1 s1 f.6',
    'a standing relationship with the partners who sell us',
  ),
  cue(
    'adviser-per',
    'one|single adviser|advisor|rep|contact|banker|planner|consultant|stylist|engineer per|for_each|for_every',
    'r1.2 a.4',
    'a named contact owns the relationship',
  ),
  cue(
    'for-life',
    'for_life|lifelong|lifetime_relationship',
    'r1 f.6',
    'a relationship meant to last',
  ),
  cue(
    'keep-close',
    'keep * close|onside|sweet|happy|loyal|warm',
    'f1.2 r1',
    'keeps the buyers it has',
  ),
  cue(
    'key-account',
    'key|strategic|major account|client|customer|shippers|partners',
    'r1.2 a.8 s.8 m.6',
    'key-account management of the biggest buyers',
  ),
  cue(
    'named-contact',
    'named|dedicated|personal|own|single|direct|assigned * rep|representative|contact|agent|adviser|advisor|stylist|shopper|consultant|manager|team|desk|line|point|banker|coordinator|account|lead|care|number|officer|case_officer|liaison|caseworker',
    'r1.4 f.4',
    'a dedicated person serves each buyer',
  ),
  cue(
    'csm',
    'csm|qbr|business_review|account_review|account_plan|joint_business_plan|joint_planning|executive_sponsor',
    'r1.4 a.6 f.6 m.5',
    'account management with the buyer',
  ),
  cue(
    'review-meeting',
    'review|check_in|catch_up meeting|call',
    'r3.4',
    'regular personal contact with the buyer',
  ),
  cue(
    'quarterly-review',
    'quarterly|annual|monthly|regular|yearly|weekly|termly in_person? review|meetings|call|check_in|planning|impact_call',
    'r1 f.4',
    'regular personal contact with the buyer',
  ),
  cue(
    'meet-regularly',
    'meet|visit|call|review * quarterly|monthly|annually|yearly|regularly|twice_a_year|every_quarter|each_quarter|each_month',
    'r1 f.4',
    'regular personal contact with the buyer',
  ),
  cue('rep-visit', 'rep|sales_rep visit|call', 'r1.2', 'a rep visits the buyer'),
  cue(
    'client-events',
    'client|customer|vip|member|dealer|reseller|account|owner|loyalty|stockist only? event|evening|summit|day|night|dinner',
    'r1 f.6',
    'hosts the buyers it already has',
  ),
  cue(
    'visits',
    'visit|site_visit|dinner|lunch|hospitality|golf_day',
    'r1.12',
    'meets the buyer in person',
  ),
  cue(
    'sales-team',
    'sales rep|guys|team|people|force|agronomist|engineer|consultants',
    'r1 m.4',
    'a salesperson serves the buyer',
  ),
  cue('lock-in', 'lock in|down', 'e1.2 r.6', 'secures the next purchase on agreed terms'),
  cue(
    'price-rise',
    'price|rate|tariff rise|increases|hike|change',
    'e1 r.4',
    'handles what buyers pay',
  ),
  cue(
    'pricing',
    'pricing|volume_based|tariff_review|price_list|rate_card|quote|quotation|pricing_tier|price_break|early_order|pre_order|order_window',
    'e1',
    'the terms of buying',
  ),
  cue(
    'lapsed-back',
    'earn|win|get|bring lapsed|former|churned|dormant|past * back',
    'f.6 s.8',
    'wins back former buyers',
  ),
  cue('earn-back', 'earn|win|get|bring * back', 'f.36 s.18', 'brings former buyers back'),
  cue(
    'we-supply',
    'we|who supply|sell|ship|deliver|serve|service|distribute|wholesale to?',
    's.8 m.6',
    'the buyers this business supplies',
  ),
  cue(
    'own-data',
    'their|own own? data|history|records|figures|field_data|usage|numbers|results|stats|statistics|report|dashboard',
    'i1.2 r.8',
    "uses each buyer's own data",
  ),
  cue(
    'personalised',
    'personalize|personalization|personally|tailor|tailored|bespoke|individually|one_to_one|1_to_1|handwritten|hand_written|personalised',
    'r1.2',
    'personal, one-to-one communication',
  ),
  cue(
    'their-x',
    'their usual|sizes|history|usage|order|basket|account|past|last|previous|most_bought|most_ordered|most_purchased|regular_order|standing_order',
    'r.8 i.6',
    'personalised from what each buyer did',
  ),
  cue(
    'pre-filled',
    'pre_filled|prefilled|pre_selected|preselected|pre_loaded',
    'r.8 e.6',
    'makes buying again easy for each buyer',
  ),
  cue(
    'long-term',
    'long_term|multi_year|multiyear|three_year|two_year|3_year|lifelong|partnership|trusted',
    'r.72',
    'a lasting partnership',
  ),
  cue(
    'support',
    'priority support|service|line|phone|desk|tickets',
    'r1 f.4',
    'service for existing buyers',
  ),
  cue(
    'care-team',
    'member|client|customer|seller|dealer care|service|success|support|line',
    'r1 f.4',
    'service for existing buyers',
  ),
  cue(
    'engineering-support',
    'on_site|onsite engineering|support|service|account',
    'r1',
    'service for existing buyers',
  ),
];
