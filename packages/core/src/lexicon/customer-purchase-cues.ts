import { type CueDefinition, customerCue as cue } from './cue-definition.ts';

/**
 * Customer cues of the act of purchasing: reorders, volume, rebates, terms, prices, contracts
 * (seed 001: customer marketing stresses the buying).
 */
export const PURCHASE_CUES: readonly CueDefinition[] = [
  cue(
    'reorder',
    'reorders|reordering|re_order|restocks|restocking|replenishment|top_up|autoship|auto_ship|auto_replenish|subscribe_and_save|repurchase|rebuy|rebooking|standing_order',
    'e2.8 f1.2',
    'buying again is the point',
  ),
  cue(
    'buying-case',
    'tco|roi|payback calculators|model|case|analysis|study',
    'e1.2 a.6',
    'makes the financial case to whoever signs',
  ),
  cue(
    'buying-case',
    'total_cost_of_ownership|business_case',
    'e1.2 a.6',
    'makes the financial case to whoever signs',
  ),
  cue('bulk', 'bulk|volume|wholesale|pallet|truckload', 'e.42 m.25', 'buying in quantity'),
  cue(
    'volume-pricing',
    'volume|tiered|quantity|bulk pricing|discount|rebate|break|based',
    'e2.1 m.6',
    'rewards the quantity bought',
  ),
  cue(
    'rebate',
    'rebate|kickback|spiff|incentive|allowance|allowances|display_funding|commission|margin|bonus_margin|co_op_funds|coop_funds|mdf|revenue_share|rev_share',
    'e1.2 f.6 m.5',
    'rewards the buying with money back',
  ),
  // "payment terms", "90-day terms", "net-60 terms".
  ...[
    'payment|credit|trade|extended|better|pre_season|preseason|net terms',
    '# day terms',
    'net # terms',
  ].map((pattern) => cue('terms', pattern, 'e1.4 m.6 r.4', 'terms of buying')),
  cue(
    'price-lock',
    'price|rate|fee lock|hold|protection|freeze|guarantee|agreement|review|increase|card',
    'e1.2 r.4',
    'terms of buying',
  ),
  // "the price is frozen", "holds their current price for another year", "the current rate
  // held if they extend".
  ...[
    'price|rate|fee|premium is|are|stays|will_be|being held|frozen|locked|fixed|guaranteed',
    'hold|lock|freeze their|the|your current? price|rate|fee',
    'current price|rate|fee held|locked|frozen',
  ].map((pattern) => cue('price-held', pattern, 'e1.2 r.4', 'terms of buying')),
  cue(
    'fixed-price',
    'fixed|negotiated|contracted|preferential|special|locked price|rate|tariff',
    'e2.4',
    'terms of buying',
  ),
  cue(
    'contract',
    'contract|agreement|framework|tender|sla|licence',
    'e1 m.6 r.4',
    'the purchase agreement',
  ),
  // A subscription is an agreement too, but people take them out as often as firms do (meal
  // kits, streaming, gyms): it says nothing of who buys.
  cue('contract', 'subscription', 'e1 r.4', 'the purchase agreement'),
  cue(
    'invoicing',
    'invoices|invoicing|billing|settlement|consignment|order_target|sell_in|minimum_order',
    'e1.2 m.4',
    'the mechanics of buying',
  ),
  cue(
    'trade-marketing',
    'co_op_advertising|coop_advertising|co_op_marketing|co_op_money|co_op_budget|co_op_support|shelf_placement|shelf_space|shelf_ready|planogram|planograms|listing_fee|range_review|joint_business_plan|promotional_calendar|promotional_calendars|trade_promotion|trade_programme|trade_terms|reorder_terms|sell_through_support|merchandising_support|promotional_funding',
    'e1 s.8 r.6',
    'works with the trade buyers who stock us',
  ),
  cue(
    'purchase-act',
    'purchase|buying|orders|ordering|spend|spent|basket',
    'e.8',
    'the act of buying',
  ),
  cue('percent-off', '# off', 'e2', 'a price reward for buying'),
  cue(
    'months-free',
    'a|one|two|three|# month|year|week free|on_us',
    'e1 f.3',
    'a price reward for buying',
  ),
  cue(
    'discount',
    'discounts|discounted|vouchers|coupon|cashback|cash_back|credit|points|miles',
    'e.8 f.3',
    'a price reward for buying',
  ),
  cue(
    'one-click',
    'one_click|1_click|one_tap|easy_reorder|quick_reorder|reorder_portal|saved_list|part_list',
    'e1.2 r.2',
    'makes buying again effortless',
  ),
];
