import { type CueDefinition, customerCue as cue } from './cue-definition.ts';

/**
 * Customer cues of the act of purchasing: reorders, volume, rebates, terms, prices, contracts
 * (seed 001: customer marketing stresses the buying).
 */
export const PURCHASE_CUES: readonly CueDefinition[] = [
  cue(
    'reorder',
    'auto_replenish|auto_ship|autoship|re_order|rebooking|rebuy|reordering|reorders|replenishment|repurchase|restocking|restocks|standing_order|subscribe_and_save|top_up',
    'e2.8 f1.2',
    'buying again is the point',
  ),
  cue(
    'buying-case',
    'payback|roi|tco analysis|calculators|case|model|study',
    'e1.2 a.6',
    'makes the financial case to whoever signs',
  ),
  cue(
    'buying-case',
    'business_case|total_cost_of_ownership',
    'e1.2 a.6',
    'makes the financial case to whoever signs',
  ),
  cue('bulk', 'bulk|pallet|truckload|volume|wholesale', 'e.42 m.25', 'buying in quantity'),
  cue(
    'volume-pricing',
    'bulk|quantity|tiered|volume based|break|discount|pricing|rebate',
    'e2.1 m.6',
    'rewards the quantity bought',
  ),
  cue(
    'rebate',
    'allowance|allowances|bonus_margin|co_op_funds|commission|coop_funds|display_funding|incentive|kickback|margin|mdf|rebate|rev_share|revenue_share|spiff',
    'e1.2 f.6 m.5',
    'rewards the buying with money back',
  ),
  // "payment terms", "90-day terms", "net-60 terms".
  ...[
    'better|credit|extended|net|payment|pre_season|preseason|trade terms',
    '# day terms',
    'net # terms',
  ].map((pattern) => cue('terms', pattern, 'e1.4 m.6 r.4', 'terms of buying')),
  cue(
    'price-lock',
    'fee|price|rate agreement|card|freeze|guarantee|hold|increase|lock|protection|review',
    'e1.2 r.4',
    'terms of buying',
  ),
  // "the price is frozen", "holds their current price for another year", "the current rate
  // held if they extend".
  ...[
    'fee|premium|price|rate are|being|is|stays|will_be fixed|frozen|guaranteed|held|locked',
    'freeze|hold|lock the|their|your current? fee|price|rate',
    'current fee|price|rate frozen|held|locked',
  ].map((pattern) => cue('price-held', pattern, 'e1.2 r.4', 'terms of buying')),
  cue(
    'fixed-price',
    'contracted|fixed|locked|negotiated|preferential|special price|rate|tariff',
    'e2.4',
    'terms of buying',
  ),
  cue(
    'contract',
    'agreement|contract|framework|licence|sla|tender',
    'e1 m.6 r.4',
    'the purchase agreement',
  ),
  // A subscription is an agreement too, but people take them out as often as firms do (meal
  // kits, streaming, gyms): it says nothing of who buys.
  cue('contract', 'subscription', 'e1 r.4', 'the purchase agreement'),
  cue(
    'invoicing',
    'billing|consignment|invoices|invoicing|minimum_order|order_target|sell_in|settlement',
    'e1.2 m.4',
    'the mechanics of buying',
  ),
  cue(
    'trade-marketing',
    'co_op_advertising|co_op_budget|co_op_marketing|co_op_money|co_op_support|coop_advertising|joint_business_plan|listing_fee|merchandising_support|planogram|planograms|promotional_calendar|promotional_calendars|promotional_funding|range_review|reorder_terms|sell_through_support|shelf_placement|shelf_ready|shelf_space|trade_programme|trade_promotion|trade_terms',
    'e1 s.8 r.6',
    'works with the trade buyers who stock us',
  ),
  cue(
    'purchase-act',
    'basket|buying|ordering|orders|purchase|spend|spent',
    'e.8',
    'the act of buying',
  ),
  cue('percent-off', '# off', 'e2', 'a price reward for buying'),
  cue(
    'months-free',
    '#|a|one|three|two month|week|year free|on_us',
    'e1 f.3',
    'a price reward for buying',
  ),
  cue(
    'discount',
    'cash_back|cashback|coupon|credit|discounted|discounts|miles|points|vouchers',
    'e.8 f.3',
    'a price reward for buying',
  ),
  cue(
    'one-click',
    '1_click|easy_reorder|one_click|one_tap|part_list|quick_reorder|reorder_portal|saved_list',
    'e1.2 r.2',
    'makes buying again effortless',
  ),
];
