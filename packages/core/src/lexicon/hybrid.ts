/**
 * Wordings that join two programmes in one text ("plus", "alongside", "two jobs"): a hybrid
 * is two things at once. Patterns use the cue pattern language.
 */
export const JOINERS: readonly string[] = [
  'plus|alongside|also|additionally|meanwhile|separately|separate',
  'as well as',
  'and|+ create|launch|run|get|build|keep|offer|give|send|reward|grow|drive|win|reach|push|make|start|protect|retain|target|invest|spend|put|then',
  'paired|coupled|combined|together with',
  'and also|and_a_separate|but_also',
  'both|two|twin|dual jobs|aims|goals|objectives|tracks|workstreams|priorities|segments|audiences|things|parts|prongs|streams|track',
  'two_track|two_pronged|twin_track|dual_track',
  'first|second|secondly|objective_one|objective_two|job_one|job_two|one|two',
  'while|whilst',
  'equally|weighted_equally|both_matter|dont_drop_either|not_only|isn_t_only',
];
