import { type CueDefinition, customerCue as cue } from './cue-definition.ts';

/**
 * Customer cues of a direct, personal, lasting relationship: named contacts, account
 * management, reviews, personalised service after the sale (seed 000's customer market).
 */
export const RELATIONSHIP_CUES: readonly CueDefinition[] = [
  cue(
    'account-manager',
    'account|business|client|partner|relationship|success adviser|advisor|consultant|coordinator|director|executives|lead|manager|rep|representative|team',
    'r1.4 a.75 f.5',
    'a named contact owns the relationship',
  ),
  cue(
    'channel-partner',
    'channel|dealer|partner|reseller badge|council|incentives|perks|portal|programme|rebates|summit|tier|tiers',
    'r1.2 s1',
    'a standing relationship with the partners who sell us',
  ),
  cue(
    'advisory-seat',
    'advisory board|council|group|panel',
    'r1.2 i.4 s.6',
    'our own buyers asked to shape what we do',
  ),
  cue(
    'panel-seat',
    'place|seat on our|the * board|committee|council|panel',
    'r1 i.6 s.6',
    'our own buyers asked to shape what we do',
  ),
  cue(
    'co-sell',
    'co_sell|deal_reg|deal_registration|market_development_funds|mdf|partner_enablement',
    'r1 s1 f.6',
    'a standing relationship with the partners who sell us',
  ),
  cue(
    'adviser-per',
    'one|single adviser|advisor|banker|consultant|contact|engineer|planner|rep|stylist for_each|for_every|per',
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
    'keep * close|happy|loyal|onside|sweet|warm',
    'f1.2 r1',
    'keeps the buyers it has',
  ),
  cue(
    'key-account',
    'key|major|strategic account|client|customer|partners|shippers',
    'r1.2 a.8 s.8 m.6',
    'key-account management of the biggest buyers',
  ),
  cue(
    'named-contact',
    'assigned|dedicated|direct|named|own|personal|single * account|adviser|advisor|agent|banker|care|case_officer|caseworker|consultant|contact|coordinator|desk|lead|liaison|line|manager|number|officer|point|rep|representative|shopper|stylist|team',
    'r1.4 f.4',
    'a dedicated person serves each buyer',
  ),
  cue(
    'csm',
    'account_plan|account_review|business_review|csm|executive_sponsor|joint_business_plan|joint_planning|qbr',
    'r1.4 a.6 f.6 m.5',
    'account management with the buyer',
  ),
  cue(
    'review-meeting',
    'catch_up|check_in|review call|meeting',
    'r3.4',
    'regular personal contact with the buyer',
  ),
  cue(
    'quarterly-review',
    'annual|monthly|quarterly|regular|termly|weekly|yearly in_person? call|check_in|impact_call|meetings|planning|review',
    'r1 f.4',
    'regular personal contact with the buyer',
  ),
  cue(
    'meet-regularly',
    'call|meet|review|visit * annually|each_month|each_quarter|every_quarter|monthly|quarterly|regularly|twice_a_year|yearly',
    'r1 f.4',
    'regular personal contact with the buyer',
  ),
  cue('rep-visit', 'rep|sales_rep call|visit', 'r1.2', 'a rep visits the buyer'),
  cue(
    'client-events',
    'account|client|customer|dealer|loyalty|member|owner|reseller|stockist|vip only? day|dinner|evening|event|night|summit',
    'r1 f.6',
    'hosts the buyers it already has',
  ),
  cue(
    'visits',
    'dinner|golf_day|hospitality|lunch|site_visit|visit',
    'r1.12',
    'meets the buyer in person',
  ),
  cue(
    'sales-team',
    'sales agronomist|consultants|engineer|force|guys|people|rep|team',
    'r1 m.4',
    'a salesperson serves the buyer',
  ),
  cue('lock-in', 'lock down|in', 'e1.2 r.6', 'secures the next purchase on agreed terms'),
  cue(
    'price-rise',
    'price|rate|tariff change|hike|increases|rise',
    'e1 r.4',
    'handles what buyers pay',
  ),
  cue(
    'pricing',
    'early_order|order_window|pre_order|price_break|price_list|pricing|pricing_tier|quotation|quote|rate_card|tariff_review|volume_based',
    'e1',
    'the terms of buying',
  ),
  cue(
    'lapsed-back',
    'bring|earn|get|win churned|dormant|former|lapsed|past * back',
    'f.6 s.8',
    'wins back former buyers',
  ),
  cue('earn-back', 'bring|earn|get|win * back', 'f.36 s.18', 'brings former buyers back'),
  cue(
    'we-supply',
    'we|who deliver|distribute|sell|serve|service|ship|supply|wholesale to?',
    's.8 m.6',
    'the buyers this business supplies',
  ),
  cue(
    'own-data',
    'own|their own? dashboard|data|field_data|figures|history|numbers|records|report|results|statistics|stats|usage',
    'i1.2 r.8',
    "uses each buyer's own data",
  ),
  cue(
    'personalised',
    '1_to_1|bespoke|hand_written|handwritten|individually|one_to_one|personalised|personalization|personalize|personally|tailor|tailored',
    'r1.2',
    'personal, one-to-one communication',
  ),
  cue(
    'their-x',
    'their account|basket|history|last|most_bought|most_ordered|most_purchased|order|past|previous|regular_order|sizes|standing_order|usage|usual',
    'r.8 i.6',
    'personalised from what each buyer did',
  ),
  cue(
    'pre-filled',
    'pre_filled|pre_loaded|pre_selected|prefilled|preselected',
    'r.8 e.6',
    'makes buying again easy for each buyer',
  ),
  cue(
    'long-term',
    '3_year|lifelong|long_term|multi_year|multiyear|partnership|three_year|trusted|two_year',
    'r.72',
    'a lasting partnership',
  ),
  cue(
    'support',
    'priority desk|line|phone|service|support|tickets',
    'r1 f.4',
    'service for existing buyers',
  ),
  cue(
    'care-team',
    'client|customer|dealer|member|seller care|line|service|success|support',
    'r1 f.4',
    'service for existing buyers',
  ),
  cue(
    'engineering-support',
    'on_site|onsite account|engineering|service|support',
    'r1',
    'service for existing buyers',
  ),
];
