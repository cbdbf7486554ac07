import { MARKET_CUES } from './market-cues.ts';
import { wordSet } from './word-set.ts';

/**
 * The wordings that negate or contrast a cue away. Patterns use the cue pattern language
 * (see `cue-definition.ts`). Data only; the algorithm is in `classify/negation.ts`.
 *
 * @module
 */

/**
 * Negators that can sit inside a cue's own gap ("customers who haven't ordered since May",
 * "people who've never stayed with us"): the cue is negated. "never" also moves it to the other
 * pole whatever the cue: those who never bought are not buyers yet.
 */
export const NEGATORS_INSIDE: ReadonlySet<string> = wordSet('never no not');

/**
 * Sentence openers that put what follows in the past ("Last year we poured the budget into TV"),
 * and openers of the plan that replaces it ("This year the money goes to …"): between the two,
 * in one paragraph, the past is background, unless the plan goes on with it
 * (`PAST_CONTINUED`). "Last year's buyers" opens a segment, not the past.
 */
export const PAST_OPENERS: readonly string[] = [
  'last|previous year|quarter|month|season|spring|summer|autumn|fall|winter we|our|i|the|,',
  'previously|historically|until_now|so_far|up_to_now|in_the_past',
];
export const PRESENT_OPENERS: readonly string[] = [
  'this|next year|quarter|month|season|spring|summer|autumn|fall|winter|time',
  'going_forward|from_now_on|from_here|instead',
];
/** Words of a plan's sentence that keep the past going: "This year we keep all of that". */
export const PAST_CONTINUED: ReadonlySet<string> = wordSet(
  'again also continue continues keep keeps same still',
);

/**
 * Words that open a concession: what follows, to the end of the clause, is background. As in
 * `NEGATORS_AFTER`, only whether any of them starts at a token counts, so a wording another
 * pattern already matches is not listed again.
 */
export const CONCESSIONS: readonly string[] = [
  'although|though|despite|whereas|albeit',
  'even though|if',
];

/**
 * Negators that set aside a whole phrase, to the end of its clause: "rather than another
 * discount for our current customers, …".
 */
export const WIDE_NEGATORS_BEFORE: readonly string[] = [
  'rather than',
  'instead of',
  'as opposed to',
  // "spend goes on new players, not on re-engaging our biggest spenders"
  'not|never on|into|towards',
];

/**
 * Wordings after a cue (within its clause) that negate it: "procurement isn't the target".
 * Only whether any of them starts at a token counts, so a wording another pattern already
 * matches is not listed again ("not_the_target" beside "not the target").
 */
export const NEGATORS_AFTER: readonly string[] = [
  'not|never the|our|a? target|audience|focus|priority|point|goal|aim|customer|buyer|user|users|brief|objective|topic|remit|subject',
  'not|never being? part|addressed|contacted|included|targeted|involved|covered|in_scope|surveyed|approached|messaged|emailed|sent|told|shown|pitched|marketed',
  // "the employees who fly will receive nothing new"
  'receive|get nothing',
  // "the junior designers using it aren't who we're messaging"
  'not|never who|whom we * pitching|targeting|messaging|addressing|after|chasing|courting|selling_to|marketing_to|talking_to|speaking_to|aiming_at|writing_for|going_after',
  'nothing new|extra|more|different|else',
  // "existing accounts will just get the newsletter", "members get their usual mention"
  'just|only get|receive|see',
  'get|receive their|the usual|regular|standard',
  // "our repeat customers are fine"
  'are|is fine|sorted',
  'not|never what * want|building|after|chasing',
  'out_of_scope|excluded|left_out|ruled_out|off_the_table|on_hold|deprioritised|ignored',
  'can come later',
  // "shopper-facing activity parked until next year"
  'parked|paused|shelved|postponed|deferred until|till|til|for',
  'are|is|stays|remains paused|parked|shelved|postponed|deferred|frozen',
  // "shopper-facing advertising sits outside this plan", "is covered by a separate programme",
  // "the shop-floor staff play no part in it"
  'sit|fall|is|are outside',
  'covered|managed|run by a|another separate|different|other',
  'play no part|role',
  // "surgeons … are handled separately", "existing accounts will just get a mention"
  'are|is|be|get handled|covered|managed|served|reached|looked_after separately|elsewhere',
  // "trade terms are someone else's problem", "aren't on the target list"
  "someone_else's|somebody_else's|someone_elses problem|job|call|brief",
  'not|never on the|our target|mailing|contact list',
  'for later|now',
  'are|is secondary',
  // "the kids' TV spend is a different brief", "the grower ads stay as they are"
  'are|is a|an different|another|separate|other brief|budget|team|job|conversation|project|workstream|plan',
  // "awareness is the brand team's problem", "drinker-facing POS sits in the brand plan"
  // (not "our team's job", "this team's remit")
  "the|another|other * team|agency|department 's problem|job|call|remit",
  'sit in the|a|another * plan',
  // "keep the existing-customer offers out of the creative", "take the finance terms out of the ad"
  'out_of the|this creative|deck|ad|brief|plan|copy',
  'stay|remain as_they_are|as_it_is|as_is|unchanged|untouched',
  'no new|extra|more money|budget|spend|investment',
  // "retention lives with the CRM team" (not "adults living with asthma": see `analysis/negation.ts`)
  'lives_with|belongs_with|sit_with|handled_by|owned_by',
  'won_t|wont|will_not|don_t|do_not notice|see|care|hear',
  'will|already hear|see|know about it? anyway',
  'are|is already listing|on_board|onboard|stocking',
  // "shoppers who bought 3+ different detergent brands": buying in the category, not from us
  'different|other|rival|competing|competitor|several|multiple|various * brands|labels|suppliers|providers',
];

/** Words before a cue (within its clause) that negate it: "not a loyalty push". */
export const NEGATORS_BEFORE: readonly string[] = [
  'not|no|never|without|nor|neither|none|zero|nothing',
  // "Nothing in this plan touches our subscribers", "none of it is aimed at the trade".
  'nothing|none ** touches|targets|involves|concerns|addresses|reaches',
  'nothing|none ** aimed|targeted|directed|meant|intended|goes|go at|to|for',
  // "We're spending nothing on new-customer ads."
  'spend|spent|put|invest nothing|zero on|into',
  'forget|avoiding|exclude|excluding|except|ignoring',
  // "drop the discounts", not "a limited drop to build hype"; "skip the…", not "skip-prevention".
  'skipping|ditching|dropping the|our|any|all|those|these|more|another|further',
  'stopping|quitting chasing|adding|spending|buying|discounting|asking|sending|running|doing|paying|pushing|offering|giving|targeting|emailing|mailing|courting|rewarding|advertising|investing|funding|calling',
  // "don't turn this into a points scheme"
  'not|never turn|make this|it into',
  'less|fewer about|on',
  'beyond|apart from',
  // "budget shifts to personalised offers, away from mass TV", "shifts from broad promotions to …"
  'away from',
  'shifting|move * from',
  'other than',
  'scrapping|kill|cut|pause the|our|all|any|that',
  // "a priority over the consumer ads", "prioritise retention over acquisition": what comes second
  // ("prefer", "favour" and "above" rank as often as they say "aged over" or "above-the-line").
  'priority|precedence over|above',
  'prioritise * over',
];

/** Labels that negate the rest of their sentence: "Out of scope: clinician promotion". */
export const NEGATING_LABELS: readonly string[] = [
  'out of scope|bounds',
  'not in scope',
  // "Not targeting: the cooks who use it"; not "for", which says "not for profit" and "not for
  // distribution" too.
  'not target|audience|aimed_at',
  'excluded|exclusions|exclusion|non_goals|not_included|out|parked|deprioritised|not',
  'not doing|this_quarter|this_year|now',
  "won't do",
];

/** "but" opens the real point, and weakens what came before it in the sentence. */
export const CONTRASTS: readonly string[] = ['but|however'];

/** The same words before a verb deny it: "owners *don't* buy" (the "n't" reads as "not"). */
export const DENIALS: ReadonlySet<string> = NEGATORS_INSIDE;

/**
 * Cues whose negation does not move them to the other pole: "a pause instead of cancel" is
 * still about keeping buyers, "most have never switched supplier" still describes the market,
 * and who buys is a fact, not a choice a negation can reverse.
 */
export const NEGATION_KEEPS_POLE: ReadonlySet<string> = new Set([
  'churn',
  'save-desk',
  'win-back',
  'switching',
  'selected-by-buying',
  'switch-provider',
  'research',
  'behaviour',
  'competitive',
  ...MARKET_CUES.map((cue) => cue.id),
]);

/** Words right after a negator that cancel it: "not only", "not just". */
export const NEGATION_CANCELLERS: readonly string[] = [
  'only|just|merely|simply|solely|purely|entirely|exclusively|necessarily|least|forgetting|either',
  // "without losing the existing base" keeps it: a double negative.
  'losing|neglecting|sacrificing|abandoning|hurting|alienating',
  // "no-fee", "no-claims bonus", "a no-smell challenge", "points never expire": product features,
  // not negations.
  'fee|frills|fuss|claims|smell|strings|brainer|questions_asked|commitment|obligation|expire|expiry',
  'to mention',
  // "they're not who the pre-roll is for": the negation is about what came before.
  'who|whom|what|where|why',
];

/** Of those, the ones that move a cue to the other pole: "never" (see `NEGATORS_INSIDE`). */
export const NEGATORS_INSIDE_THAT_FLIP: ReadonlySet<string> = wordSet('never');

/** Words after "but" that add rather than contrast: "but also". */
export const CONTRAST_CANCELLERS: readonly string[] = ['also|too|equally|additionally|alongside'];
