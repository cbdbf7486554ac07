/**
 * Labels that open a segment definition — a group of buyers or a market described without a
 * programme ("Segment: gym members with 12+ months' tenure…"). Such a text says who, not what
 * is done, so its focus and emphasis stay open. Patterns use the cue pattern language. Only
 * whether any of them starts at a token counts, so a wording another pattern already matches is
 * not listed again.
 */
export const SEGMENT_LABELS: readonly string[] = [
  'audience_profile|cohort|persona|population|segment|subsegment',
  'consumer|customer|patient|target|user base|definition|market|population|segment',
  'market for|in',
];

/** How far into a text a segment label may stand (in tokens). */
export const SEGMENT_LABEL_REACH = 6;
