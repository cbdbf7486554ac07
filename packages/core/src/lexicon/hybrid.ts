import { wordSet } from './word-set.ts';

/**
 * Words that open a second clause after a comma: ", and a TV launch for non-members", ", while…".
 * The imperatives among them are a subset of the verbs `JOINERS` takes after "and": an
 * instruction after a comma is a second instruction ("renew the clinics, grow awareness").
 */
export const CLAUSE_JOINERS: ReadonlySet<string> = wordSet(
  'alongside and build but create drive grow keep launch plus protect push reach retain ' +
    'reward run target while whilst win with',
);

/**
 * Wordings that say outright that both poles matter ("both matter equally", "two jobs",
 * "not either/or", "win both"): the strongest sign of a hybrid. Only whether any of them starts
 * at a token counts, so a wording another pattern already matches is not listed again.
 */
export const BOTH_DECLARED: readonly string[] = [
  'both audiences|carry|count|groups|important|jobs|matter|priorities|sides|weigh|weighted',
  'do|has_to_win|have_to_win|keep|need|reach|serve|want|win both',
  'isn_t|not either either_or|one_or_the_other|or',
  'not either/or',
  '2|double|dual|twin|two aims|audiences|beneficiaries|fronts|goals|groups|halves|jobs|missions|objectives|parts|people|priorities|prongs|segments|things|tracks|workstreams',
  'two_sided',
  'at_the_same_time|in_parallel',
  '45_55|50_50|55_45|budget_split|equal_budget|equal_weighting|equally',
  // "splits the budget 50/50", "half goes to…, half to…"
  'splitting * budget|money|spend',
  // "push and pull": the trade and the people at once.
  'push and pull',
  'pull and push',
  // "split 60/40", "a 70/30 split": a budget shared out by figures.
  'split #',
  '# split',
  'half * for|go|goes|is|on|to',
  'is_not|isn_t|not just|merely|only|purely|solely',
  'do_not|don_t|dont drop|forget|neglect either',
  'aim|goal|job|objective|track 1|2|one|two',
  'from|on one hand|side',
  'address|cover|covering|run|tackle both',
  'isn_t|not a? choice between',
  'not choosing|picking between',
  'without abandoning|losing|neglecting|sacrificing',
  // Both goals named as a pair: "60/40 acquisition vs retention", "retention and acquisition".
  'acquisition|awareness|reach and|versus|vs churn|loyalty|renewals|retention',
  'loyalty|renewals|retention and|versus|vs acquisition|awareness|reach',
];

/**
 * Wordings that join two programmes in one text ("plus", "alongside", "two jobs"): a hybrid
 * is two things at once. Patterns use the cue pattern language.
 */
export const JOINERS: readonly string[] = [
  'additionally|alongside|also|meanwhile|plus|separately',
  'as well as',
  'and build|create|drive|get|give|grow|invest|keep|launch|make|offer|protect|push|put|reach|retain|reward|run|send|spend|start|target|then|win',
  'combined|coupled|paired|together with',
  'and_a_separate|and_also|but_also',
  'both|dual|twin|two aims|audiences|goals|jobs|objectives|parts|priorities|prongs|segments|streams|things|tracks|workstreams',
  'dual_track|twin_track|two_pronged|two_track',
  'first|job_one|job_two|objective_one|objective_two|one|second|secondly|two',
  'while|whilst',
  'both_matter|dont_drop_either|equally|isn_t_only|not_only|weighted_equally',
];
