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
  'both matter|count|carry|weigh|weighted|important|priorities|jobs|sides|audiences|groups',
  'win|serve|reach|keep|do|need|want|has_to_win|have_to_win both',
  'not|isn_t either or|either_or|one_or_the_other',
  'not either/or',
  'two|2|twin|dual|double things|jobs|aims|goals|objectives|tracks|groups|audiences|segments|priorities|workstreams|parts|prongs|missions|fronts|people|halves|beneficiaries',
  'two_sided',
  'at_the_same_time|in_parallel',
  'equally|equal_weighting|equal_budget|budget_split|50_50|45_55|55_45',
  // "splits the budget 50/50", "half goes to…, half to…"
  'splitting * budget|spend|money',
  // "push and pull": the trade and the people at once.
  'push and pull',
  'pull and push',
  // "split 60/40", "a 70/30 split": a budget shared out by figures.
  'split #',
  '# split',
  'half * goes|go|to|for|is|on',
  'not|isn_t|is_not only|just|purely|solely|merely',
  'don_t|dont|do_not drop|neglect|forget either',
  'objective|job|track|goal|aim one|1|two|2',
  'on|from one side|hand',
  'cover|covering|address|tackle|run both',
  'not|isn_t a? choice between',
  'not choosing|picking between',
  'without losing|neglecting|sacrificing|abandoning',
  // Both goals named as a pair: "60/40 acquisition vs retention", "retention and acquisition".
  'acquisition|awareness|reach vs|versus|and retention|loyalty|renewals|churn',
  'retention|loyalty|renewals vs|versus|and acquisition|awareness|reach',
];

/**
 * Wordings that join two programmes in one text ("plus", "alongside", "two jobs"): a hybrid
 * is two things at once. Patterns use the cue pattern language.
 */
export const JOINERS: readonly string[] = [
  'plus|alongside|also|additionally|meanwhile|separately',
  'as well as',
  'and create|launch|run|get|build|keep|offer|give|send|reward|grow|drive|win|reach|push|make|start|protect|retain|target|invest|spend|put|then',
  'paired|coupled|combined|together with',
  'and_also|and_a_separate|but_also',
  'both|two|twin|dual jobs|aims|goals|objectives|tracks|workstreams|priorities|segments|audiences|things|parts|prongs|streams',
  'two_track|two_pronged|twin_track|dual_track',
  'first|second|secondly|objective_one|objective_two|job_one|job_two|one|two',
  'while|whilst',
  'equally|weighted_equally|both_matter|dont_drop_either|not_only|isn_t_only',
];
