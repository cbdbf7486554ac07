import { type CueDefinition, customerCue as cue } from './cue-definition.ts';

/**
 * Customer cues of our own buyers — existing customers, members, accounts, prospects who showed
 * interest — and of the data they leave: purchase history, tenure, satisfaction (seed 000).
 */
export const CUSTOMER_BASE_CUES: readonly CueDefinition[] = [
  cue(
    'existing',
    'current|enrolled|existing|installed_base|registered|signed_up',
    's.84 a.24',
    'people who already buy from us',
  ),
  cue(
    'already-buy',
    'already bought|buy|customers|in|licensing|list|members|on|order|ordering|purchase|shop|stock|subscribed|use_we|with_we',
    's1.4 f.6',
    'people who already buy from us',
  ),
  cue('regulars', 'regulars', 's1.2 a.6', 'people who already buy from us often'),
  cue(
    'stocked-by',
    'that|which|who list|resell|stock our|us',
    's2.4 a1.2',
    'resellers who already carry what we make',
  ),
  cue(
    'tenure',
    'been|months|stayed|years with our_bank|our_brand|we',
    's1.2 r.6',
    'people who have bought from us for a while',
  ),
  cue('already-ours', 'already * our|us', 's1.4 f.6', 'people who already buy from us'),
  cue(
    'owners-club',
    'owner club|community|day|evenings|rally',
    'r1 s1',
    'a club for those who already bought',
  ),
  cue(
    'our-buyers',
    'our|we accounts|advertisers|base|book_of_business|buyers|cardholders|clients|customers|dealers|diners|distributors|donors|franchisees|guests|install_base|installed|listeners|members|own_buyers|own_customers|passengers|patients|patrons|players|policyholders|readers|regulars|resellers|riders|shoppers|stockists|students|subscribers|tenants|travellers|users|viewers',
    's1.4 a.6',
    'our own buyers, not the market',
  ),
  cue(
    'customer-base',
    'client|customer|installed|member|subscriber base|book|file|list|roster',
    's1.4',
    'our own buyers, not the market',
  ),
  cue(
    'interested-prospects',
    'accounts|hospitals|leads|prospects|trialists that|who are|asked|booked|connected|downloaded|in|requested|signed',
    's1.2',
    'prospects who already showed interest belong to the customer market',
  ),
  cue(
    'quote-requested',
    'asked_for|requesting a? demo|proposal|quote|tender_talks',
    's1.2',
    'prospects who already showed interest',
  ),
  cue('customer-market-term', 'customer market', 's1.6 i.4', 'the buyers of this business'),
  cue(
    'past-buyers',
    "former|last_year's|past|previous|prior attendees|buyers|clients|customers|donors|guests|members|orders|passengers|purchase|purchasers|subscribers",
    's1.2 f.6',
    'people who bought from us before',
  ),
  cue(
    'bought-from-us',
    'banked|booked|bought|buy|flown|insured|licensed|order|ordered|purchased|serviced|shopped|sourced|spend|spent|stayed ** from|in|through|with our|we',
    's1.4 i.4',
    'people who bought from us',
  ),
  cue('with-us-tenure', 'with we for|since', 's1 i.6', 'tenure with us'),
  cue(
    'members',
    'account_holder|card_holder|cardholder|donor|holders|member|membership|pass_holder|patron|policyholder|season_ticket_holders|subscriber',
    's.8 a1 r.4',
    'people in a paying relationship with us',
  ),
  cue(
    'paying-buyers',
    'paying accounts|clients|customers|members|players|readers|subscribers|users',
    's1.4 a1 f.4',
    'people who pay us already',
  ),
  cue('clients', 'account|client|customers', 'a.8 s.5', 'the buyers'),
  cue(
    'purchasers',
    'budget_holder|buyer|decision_maker|economic_buyer|payer|procurement|purchaser|purchasing_department|purchasing_director|purchasing_manager|purchasing_team|signatory|signer',
    'a1.4',
    'addresses whoever pays',
  ),
  cue(
    'trade-audience',
    'channel|dealer|distributor|franchisee|merchant|oem|reseller|retailer|stockist|trade|wholesaler',
    'a.8 m1',
    'the trade buyers who order from us',
  ),
  cue(
    'event-trade',
    'event_organisers|event_planners|party_planners|wedding_planners',
    'a.4',
    'people who plan events for others buy as a trade, not as guests',
  ),
  cue(
    'top-buyers',
    'best|biggest|heaviest|high_spending|high_value|highest|largest|most_valuable|top|top_spending accounts|advertisers|buyers|cardholders|chains|clients|customers|dealers|distributors|grocery|hospital|members|partners|quartile|resellers|restaurant|retailers|shippers|spenders|stockists|wholesale',
    's1.2 a.6 i.6',
    'the best existing buyers, ranked by spend',
  ),
  cue('top-n', 'biggest|largest|top #', 's1 i.6', 'the best existing buyers, ranked by spend'),
  cue(
    'purchase-history',
    'account|basket|billing|booking|buying|claims|complaint|consumption|flight|meter|order|ordering|payment|purchase|receipt|service|shipping|spend|stay|transaction|usage|viewing|visit|volume|watch behaviour|data|frequency|history|level|pattern|patterns|records|statement',
    'i1.4',
    "decisions drawn from our buyers' own data",
  ),
  cue(
    'built-from-history',
    "by|from|on|using each_account's|each_buyer's|each_customer's|each_member's|their basket|data|history|orders|purchases|receipts|usage",
    'i1.2 r.6',
    "personalised from each buyer's own data",
  ),
  cue(
    'based-on-their',
    "based|built|matched|planned|tailored|timed around|on|to each_account's|each_buyer's|each_customer's|each_member's|last|past|previous|their|what_he|what_she|what_they|what_you",
    'i1.2',
    'fitted to what each buyer did with us',
  ),
  cue(
    'their-records',
    'its|their * histories|logs|records',
    'i2.4',
    "personalised from each buyer's own data",
  ),
  cue(
    'crm',
    'account_data|cdp|crm|customer_data|email_list|first_party|loyalty_data|member_data|opted_in|our_database|our_list',
    'i1.4 s.6',
    "our buyers' own data",
  ),
  cue(
    'leaver-research',
    'cancellation|churn|exit|lapsed|leaver|win_loss calls|feedback|interview|interviews|reasons|survey',
    'i1.4 f.4',
    'asks our own leavers why they left',
  ),
  cue(
    'service-records',
    'account_notes|call_logs|complaint_logs|crm_notes|service_logs|support_logs|support_tickets|ticket_data',
    'i1.2',
    "reads our own buyers' service records",
  ),
  cue(
    'satisfaction',
    'csat|health_score|net_promoter|nps|promoter_score|satisfaction',
    'i1.2 r.6',
    'how satisfied our own buyers are',
  ),
  cue(
    'tenure',
    'at_risk|average_order|by_spend|by_value|churn_risk|clv|contract_value|lifetime_value|ltv|order_frequency|order_value|purchase_frequency|ranked_by|renewal_date|renewal_rate|renewal_risk|reorder_cycle|reorder_rate|repeat_rate|retention_rate|scored_on|sorted_by|tenure',
    'i1.4 s.6',
    "measured on our buyers' own records",
  ),
];
