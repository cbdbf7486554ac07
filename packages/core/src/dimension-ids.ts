/**
 * The seven dimension ids, in display order: the one list every other place derives from
 * (the zod enum, the result object, the fronts). Zod-free, so the classify path stays lean.
 */
export const DIMENSION_IDS = [
  'scope',
  'audience',
  'focus',
  'relationship',
  'emphasis',
  'insight',
  'market',
] as const;
