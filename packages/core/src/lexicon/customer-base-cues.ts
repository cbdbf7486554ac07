import { type CueDefinition, customerCue as cue } from './cue-definition.ts';

/**
 * Customer cues of our own buyers — existing customers, members, accounts, prospects who showed
 * interest — and of the data they leave: purchase history, tenure, satisfaction (seed 000).
 */
export const CUSTOMER_BASE_CUES: readonly CueDefinition[] = [
  cue(
    'existing',
    'existing|current|installed_base|signed_up|enrolled|registered',
    's.84 a.24',
    'people who already buy from us',
  ),
  cue(
    'already-buy',
    'already buy|bought|stock|list|licensing|subscribed|with_we|use_we|customers|members|in|on|order|ordering|shop|purchase',
    's1.4 f.6',
    'people who already buy from us',
  ),
  cue('regulars', 'regulars', 's1.2 a.6', 'people who already buy from us often'),
  cue(
    'stocked-by',
    'who|that|which stock|list|resell us|our',
    's2.4 a1.2',
    'resellers who already carry what we make',
  ),
  cue(
    'tenure',
    'been|stayed|years|months with we|our_bank|our_brand',
    's1.2 r.6',
    'people who have bought from us for a while',
  ),
  cue('already-ours', 'already * our|us', 's1.4 f.6', 'people who already buy from us'),
  cue(
    'owners-club',
    'owner club|rally|community|evenings|day',
    'r1 s1',
    'a club for those who already bought',
  ),
  cue(
    'our-buyers',
    'our|we customers|clients|accounts|members|subscribers|buyers|base|patrons|policyholders|cardholders|dealers|distributors|resellers|stockists|donors|advertisers|franchisees|installed|install_base|book_of_business|own_customers|own_buyers|regulars|guests|passengers|shoppers|diners|patients|students|tenants|riders|travellers|readers|listeners|viewers|players|users',
    's1.4 a.6',
    'our own buyers, not the market',
  ),
  cue(
    'customer-base',
    'customer|client|installed|subscriber|member base|list|book|roster|file',
    's1.4',
    'our own buyers, not the market',
  ),
  cue(
    'interested-prospects',
    'prospects|trialists|leads|hospitals|accounts who|that requested|asked|connected|signed|booked|downloaded|are|in',
    's1.2',
    'prospects who already showed interest belong to the customer market',
  ),
  cue(
    'quote-requested',
    'requesting|asked_for a? quote|demo|proposal|tender_talks',
    's1.2',
    'prospects who already showed interest',
  ),
  cue('customer-market-term', 'customer market', 's1.6 i.4', 'the buyers of this business'),
  cue(
    'past-buyers',
    "past|previous|former|prior|last_year's buyers|customers|purchasers|passengers|guests|attendees|donors|orders|purchase|clients|subscribers|members",
    's1.2 f.6',
    'people who bought from us before',
  ),
  cue(
    'bought-from-us',
    'bought|ordered|purchased|shopped|stayed|flown|serviced|insured|banked|booked|buy|order|spent|spend|sourced|licensed ** from|with|through|in we|our',
    's1.4 i.4',
    'people who bought from us',
  ),
  cue('with-us-tenure', 'with we for|since', 's1 i.6', 'tenure with us'),
  cue(
    'members',
    'member|membership|subscriber|donor|policyholder|cardholder|card_holder|pass_holder|season_ticket_holders|account_holder|patron|holders',
    's.8 a1 r.4',
    'people in a paying relationship with us',
  ),
  cue(
    'paying-buyers',
    'paying customers|clients|members|subscribers|users|accounts|players|readers',
    's1.4 a1 f.4',
    'people who pay us already',
  ),
  cue('clients', 'client|account|customers', 'a.8 s.5', 'the buyers'),
  cue(
    'purchasers',
    'purchaser|buyer|payer|decision_maker|signer|signatory|economic_buyer|budget_holder|procurement|purchasing_director|purchasing_team|purchasing_department|purchasing_manager',
    'a1.4',
    'addresses whoever pays',
  ),
  cue(
    'trade-audience',
    'trade|channel|reseller|distributor|dealer|wholesaler|retailer|stockist|merchant|franchisee|oem',
    'a.8 m1',
    'the trade buyers who order from us',
  ),
  cue(
    'event-trade',
    'event_planners|event_organisers|wedding_planners|party_planners',
    'a.4',
    'people who plan events for others buy as a trade, not as guests',
  ),
  cue(
    'top-buyers',
    'top|biggest|largest|best|highest|high_value|high_spending|top_spending|most_valuable|heaviest spenders|buyers|customers|clients|accounts|members|resellers|distributors|retailers|dealers|shippers|advertisers|cardholders|quartile|grocery|hospital|wholesale|restaurant|chains|stockists|partners',
    's1.2 a.6 i.6',
    'the best existing buyers, ranked by spend',
  ),
  cue('top-n', 'top|largest|biggest #', 's1 i.6', 'the best existing buyers, ranked by spend'),
  cue(
    'purchase-history',
    'purchase|order|ordering|buying|transaction|billing|payment|volume|consumption|meter|flight|claims|complaint|receipt|basket|account|usage|viewing|watch|booking|visit|spend|service|shipping|stay history|data|pattern|patterns|records|frequency|level|behaviour|statement',
    'i1.4',
    "decisions drawn from our buyers' own data",
  ),
  cue(
    'built-from-history',
    "from|on|using|by their|each_member's|each_buyer's|each_customer's|each_account's history|data|orders|receipts|purchases|usage|basket",
    'i1.2 r.6',
    "personalised from each buyer's own data",
  ),
  cue(
    'based-on-their',
    "based|built|tailored|matched|planned|timed on|around|to their|each_member's|each_buyer's|each_customer's|each_account's|what_they|what_you|what_she|what_he|past|previous|last",
    'i1.2',
    'fitted to what each buyer did with us',
  ),
  cue(
    'their-records',
    'their|its * histories|records|logs',
    'i2.4',
    "personalised from each buyer's own data",
  ),
  cue(
    'crm',
    'crm|cdp|customer_data|account_data|first_party|opted_in|email_list|our_list|our_database|loyalty_data|member_data',
    'i1.4 s.6',
    "our buyers' own data",
  ),
  cue(
    'leaver-research',
    'exit|churn|cancellation|lapsed|win_loss|leaver survey|interview|interviews|reasons|calls|feedback',
    'i1.4 f.4',
    'asks our own leavers why they left',
  ),
  cue(
    'service-records',
    'support_tickets|support_logs|ticket_data|call_logs|complaint_logs|service_logs|account_notes|crm_notes',
    'i1.2',
    "reads our own buyers' service records",
  ),
  cue(
    'satisfaction',
    'satisfaction|csat|nps|net_promoter|promoter_score|health_score',
    'i1.2 r.6',
    'how satisfied our own buyers are',
  ),
  cue(
    'tenure',
    'tenure|lifetime_value|clv|ltv|churn_risk|renewal_risk|renewal_rate|renewal_date|at_risk|retention_rate|repeat_rate|reorder_rate|reorder_cycle|by_spend|by_value|contract_value|average_order|order_value|sorted_by|ranked_by|scored_on|order_frequency|purchase_frequency',
    'i1.4 s.6',
    "measured on our buyers' own records",
  ),
];
