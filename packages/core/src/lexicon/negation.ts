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
  'last|previous autumn|fall|month|quarter|season|spring|summer|winter|year ,|i|our|the|we',
  'historically|in_the_past|previously|so_far|until_now|up_to_now',
];
export const PRESENT_OPENERS: readonly string[] = [
  'next|this autumn|fall|month|quarter|season|spring|summer|time|winter|year',
  'from_here|from_now_on|going_forward|instead',
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
  'albeit|although|despite|though|whereas',
  'even if|though',
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
  'never|not into|on|towards',
];

/**
 * Wordings after a cue (within its clause) that negate it: "procurement isn't the target".
 * Only whether any of them starts at a token counts, so a wording another pattern already
 * matches is not listed again ("not_the_target" beside "not the target").
 */
export const NEGATORS_AFTER: readonly string[] = [
  'never|not a|our|the? aim|audience|brief|buyer|customer|focus|goal|objective|point|priority|remit|subject|target|topic|user|users',
  'never|not being? addressed|approached|contacted|covered|emailed|in_scope|included|involved|marketed|messaged|part|pitched|sent|shown|surveyed|targeted|told',
  // "the employees who fly will receive nothing new"
  'get|receive nothing',
  // "the junior designers using it aren't who we're messaging"
  'never|not who|whom we * addressing|after|aiming_at|chasing|courting|going_after|marketing_to|messaging|pitching|selling_to|speaking_to|talking_to|targeting|writing_for',
  'nothing different|else|extra|more|new',
  // "existing accounts will just get the newsletter", "members get their usual mention"
  'just|only get|receive|see',
  'get|receive the|their regular|standard|usual',
  // "our repeat customers are fine"
  'are|is fine|sorted',
  'never|not what * after|building|chasing|want',
  'deprioritised|excluded|ignored|left_out|off_the_table|on_hold|out_of_scope|ruled_out',
  'can come later',
  // "shopper-facing activity parked until next year"
  'deferred|parked|paused|postponed|shelved for|til|till|until',
  'are|is|remains|stays deferred|frozen|parked|paused|postponed|shelved',
  // "shopper-facing advertising sits outside this plan", "is covered by a separate programme",
  // "the shop-floor staff play no part in it"
  'are|fall|is|sit outside',
  'covered|managed|run by a|another different|other|separate',
  'play no part|role',
  // "surgeons … are handled separately", "existing accounts will just get a mention"
  'are|be|get|is covered|handled|looked_after|managed|reached|served elsewhere|separately',
  // "trade terms are someone else's problem", "aren't on the target list"
  "somebody_else's|someone_else's|someone_elses brief|call|job|problem",
  'never|not on our|the contact|mailing|target list',
  'for later|now',
  'are|is secondary',
  // "the kids' TV spend is a different brief", "the grower ads stay as they are"
  'are|is a|an another|different|other|separate brief|budget|conversation|job|plan|project|team|workstream',
  // "awareness is the brand team's problem", "drinker-facing POS sits in the brand plan"
  // (not "our team's job", "this team's remit")
  "another|other|the * agency|department|team 's call|job|problem|remit",
  'sit in a|another|the * plan',
  // "keep the existing-customer offers out of the creative", "take the finance terms out of the ad"
  'out_of the|this ad|brief|copy|creative|deck|plan',
  'remain|stay as_is|as_it_is|as_they_are|unchanged|untouched',
  'no extra|more|new budget|investment|money|spend',
  // "retention lives with the CRM team" (not "adults living with asthma": see `analysis/negation.ts`)
  'belongs_with|handled_by|lives_with|owned_by|sit_with',
  'do_not|don_t|will_not|won_t|wont care|hear|notice|see',
  'already|will hear|know|see about it? anyway',
  'are|is already listing|on_board|onboard|stocking',
  // "shoppers who bought 3+ different detergent brands": buying in the category, not from us
  'competing|competitor|different|multiple|other|rival|several|various * brands|labels|providers|suppliers',
];

/** Words before a cue (within its clause) that negate it: "not a loyalty push". */
export const NEGATORS_BEFORE: readonly string[] = [
  'neither|never|no|none|nor|not|nothing|without|zero',
  // "Nothing in this plan touches our subscribers", "none of it is aimed at the trade".
  'none|nothing ** addresses|concerns|involves|reaches|targets|touches',
  'none|nothing ** aimed|directed|go|goes|intended|meant|targeted at|for|to',
  // "We're spending nothing on new-customer ads."
  'invest|put|spend|spent nothing|zero into|on',
  'avoiding|except|exclude|excluding|forget|ignoring',
  // "drop the discounts", not "a limited drop to build hype"; "skip the…", not "skip-prevention".
  'ditching|dropping|skipping all|another|any|further|more|our|the|these|those',
  'quitting|stopping adding|advertising|asking|buying|calling|chasing|courting|discounting|doing|emailing|funding|giving|investing|mailing|offering|paying|pushing|rewarding|running|sending|spending|targeting',
  // "don't turn this into a points scheme"
  'never|not make|turn it|this into',
  'fewer|less about|on',
  'apart|beyond from',
  // "budget shifts to personalised offers, away from mass TV", "shifts from broad promotions to …"
  'away from',
  'move|shifting * from',
  'other than',
  'cut|kill|pause|scrapping all|any|our|that|the',
  // "a priority over the consumer ads", "prioritise retention over acquisition": what comes second
  // ("prefer", "favour" and "above" rank as often as they say "aged over" or "above-the-line").
  'precedence|priority above|over',
  'prioritise * over',
];

/** Labels that negate the rest of their sentence: "Out of scope: clinician promotion". */
export const NEGATING_LABELS: readonly string[] = [
  'out of bounds|scope',
  'not in scope',
  // "Not targeting: the cooks who use it"; not "for", which says "not for profit" and "not for
  // distribution" too.
  'not aimed_at|audience|target',
  'deprioritised|excluded|exclusion|exclusions|non_goals|not|not_included|out|parked',
  'not doing|now|this_quarter|this_year',
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
  'either|entirely|exclusively|forgetting|just|least|merely|necessarily|only|purely|simply|solely',
  // "without losing the existing base" keeps it: a double negative.
  'abandoning|alienating|hurting|losing|neglecting|sacrificing',
  // "no-fee", "no-claims bonus", "a no-smell challenge", "points never expire": product features,
  // not negations.
  'brainer|claims|commitment|expire|expiry|fee|frills|fuss|obligation|questions_asked|smell|strings',
  'to mention',
  // "they're not who the pre-roll is for": the negation is about what came before.
  'what|where|who|whom|why',
];

/** Of those, the ones that move a cue to the other pole: "never" (see `NEGATORS_INSIDE`). */
export const NEGATORS_INSIDE_THAT_FLIP: ReadonlySet<string> = wordSet('never');

/** Words after "but" that add rather than contrast: "but also". */
export const CONTRAST_CANCELLERS: readonly string[] = ['additionally|alongside|also|equally|too'];
