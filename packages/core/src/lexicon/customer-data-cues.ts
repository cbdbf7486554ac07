import { type CueDefinition, customerCue as cue } from './cue-definition.ts';

/**
 * Customer cues of what a business knows about each of its buyers because they buy: reports on
 * their own use and spend, their records in its systems, what they bought and when they are due
 * again (seed 000: customer marketing draws on the buyer's own data, not on market research).
 */
export const CUSTOMER_DATA_CUES: readonly CueDefinition[] = [
  cue(
    'account-report',
    'usage|utilisation|uptake|attendance|occupancy|consumption|claims|claims_experience|spend|login|ridership|sell_through|fault|outcomes|value|roi|retainer|savings|adoption report|dashboards|summary|summaries|review|recap|breakdown|profile|analytics|statement',
    'i1.8 r.6',
    "a report on each buyer's own use and spend",
  ),
  cue(
    'account-figures',
    'usage|utilisation|uptake|redemption|borrowing|engagement|claims|invoice|billing|order|ordering|reorder|attendance|adoption|cost_savings|savings figures|numbers|data|stats|statistics|frequency',
    'i1.2',
    "figures on each buyer's own use and spend",
  ),
  cue(
    'their-own-use',
    'your|each|their|its * usage|consumption|utilisation|uptake',
    'i1.2 r.4',
    "each buyer's own use of what they bought",
  ),
  cue(
    'account-systems',
    'erp|telemetry|epos|epos_data|scan_data|sales_data|sell_out_data|ordering_cycle|order_cycle|reorder_history|account_health|health_check',
    'i1.2',
    'what our systems record about each buyer',
  ),
  cue(
    'what-they-bought',
    'what|which they|it|each|she|he|you bought|ordered|sold|used|watched|spent|redeemed|claimed|booked',
    'i1.2 r.4',
    'what each buyer bought or used with us',
  ),
  cue(
    'kept-notes',
    'keep|kept notes|notebook|record on|of',
    'i1.2 r.6',
    'notes kept on each buyer',
  ),
  // "every client who hasn't been in since May", "accounts that haven't reordered in 90 days":
  // buyers picked out by how long since they last bought.
  // "22 dealers did not renew": buyers who lapsed, still ours to win back.
  ...[
    'not * since',
    'not * in|for #|two|three|four|five|six|eight|ten|twelve',
    'did|do|have|has|will|are|is not renew|reorder|rebook',
  ].map((pattern) =>
    cue('gone-quiet', pattern, 'i1.2 f.6', 'buyers gone quiet since they last bought', true),
  ),
  // "if their order drops", "card members whose weekly basket has dropped".
  ...[
    'order|usage|visits|spend|logins drop|dip|fall|fell|slip',
    'whose ** dropped|fell|fallen|dipped|slipped|stopped|halved|declined',
  ].map((pattern) =>
    cue('dropping-orders', pattern, 'i1.2 f.4', "a signal read off each buyer's own behaviour"),
  ),
];
