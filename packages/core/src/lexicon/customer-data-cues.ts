import { type CueDefinition, customerCue as cue } from './cue-definition.ts';

/**
 * Customer cues of what a business knows about each of its buyers because they buy: reports on
 * their own use and spend, their records in its systems, what they bought and when they are due
 * again (seed 000: customer marketing draws on the buyer's own data, not on market research).
 */
export const CUSTOMER_DATA_CUES: readonly CueDefinition[] = [
  cue(
    'account-report',
    'adoption|attendance|claims|claims_experience|consumption|fault|login|occupancy|outcomes|retainer|ridership|roi|savings|sell_through|spend|uptake|usage|utilisation|value analytics|breakdown|dashboards|profile|recap|report|review|statement|summaries|summary',
    'i1.8 r.6',
    "a report on each buyer's own use and spend",
  ),
  cue(
    'account-figures',
    'adoption|attendance|billing|borrowing|claims|cost_savings|engagement|invoice|order|ordering|redemption|reorder|savings|uptake|usage|utilisation data|figures|frequency|numbers|statistics|stats',
    'i1.2',
    "figures on each buyer's own use and spend",
  ),
  cue(
    'their-own-use',
    'each|its|their|your * consumption|uptake|usage|utilisation',
    'i1.2 r.4',
    "each buyer's own use of what they bought",
  ),
  cue(
    'account-systems',
    'account_health|epos|epos_data|erp|health_check|order_cycle|ordering_cycle|reorder_history|sales_data|scan_data|sell_out_data|telemetry',
    'i1.2',
    'what our systems record about each buyer',
  ),
  cue(
    'what-they-bought',
    'what|which each|he|it|she|they|you booked|bought|claimed|ordered|redeemed|sold|spent|used|watched',
    'i1.2 r.4',
    'what each buyer bought or used with us',
  ),
  cue(
    'kept-notes',
    'keep|kept notebook|notes|record of|on',
    'i1.2 r.6',
    'notes kept on each buyer',
  ),
  // "every client who hasn't been in since May", "accounts that haven't reordered in 90 days":
  // buyers picked out by how long since they last bought.
  // "22 dealers did not renew": buyers who lapsed, still ours to win back.
  ...[
    'not * since',
    'not * for|in #|eight|five|four|six|ten|three|twelve|two',
    'are|did|do|has|have|is|will not rebook|renew|reorder',
  ].map((pattern) =>
    cue('gone-quiet', pattern, 'i1.2 f.6', 'buyers gone quiet since they last bought', true),
  ),
  // "if their order drops", "card members whose weekly basket has dropped".
  ...[
    'logins|order|spend|usage|visits dip|drop|fall|fell|slip',
    'whose ** declined|dipped|dropped|fallen|fell|halved|slipped|stopped',
  ].map((pattern) =>
    cue('dropping-orders', pattern, 'i1.2 f.4', "a signal read off each buyer's own behaviour"),
  ),
];
