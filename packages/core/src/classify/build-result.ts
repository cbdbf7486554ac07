// role-prose.ts comes first: it brings the text, lexicon and analysis modules into a bundle, and
// the knowledge texts that recommend.ts brings come after them, where gzip finds their words in
// the cues' reasons, rather than at the start of the bundle (about 100 bytes of the classify
// bundle, `scripts/bench/bundle-size.ts`).
// biome-ignore assist/source/organizeImports: role-prose.ts first (see above)
import { roleInProse } from './role-prose.ts';
import type { Classification, DimensionResults, RoleSpan } from '../schemas/result.ts';
import type { Orientation } from '../schemas/vocabulary.ts';
import { recommend } from './recommend.ts';
import { summarise } from './summarise.ts';

/** Rounds to three decimals: results stay readable and stable across platforms. */
export const round = (value: number) => Math.round(value * 1000) / 1000;

/** What `classify` and `assess` both decide before the result is put together. */
export interface ResultParts {
  readonly orientation: Orientation;
  readonly confidence: number;
  /** Probabilities of customer, consumer and hybrid, in that order. */
  readonly probabilities: readonly [number, number, number];
  readonly customerShare: number;
  readonly dimensions: DimensionResults;
  readonly purchaser: RoleSpan | null;
  readonly endUser: RoleSpan | null;
  /** True when the two roles are different people (spans that do not overlap and texts that differ). */
  readonly rolesDiffer: boolean;
  readonly withRecommendations: boolean;
  /** Replaces the summary's reason for "undetermined" (the questionnaire has no text). */
  readonly undeterminedReason?: string;
}

/** Puts a result together: gauge, probabilities, summary, roles and recommendations. */
export function buildResult(parts: ResultParts): Classification {
  const { orientation, dimensions, purchaser, endUser } = parts;
  // The summary states the confidence the result shows, so both round it alike.
  const confidence = round(parts.confidence);
  const customerShare = round(parts.customerShare);
  // How the summary and the recommendations name the roles, read once for both.
  const purchaserProse = roleInProse(purchaser);
  const endUserProse = roleInProse(endUser);
  const summary = summarise(
    orientation,
    confidence,
    dimensions,
    purchaserProse,
    endUserProse,
    parts.rolesDiffer,
  );
  return {
    orientation,
    confidence,
    customerShare,
    score: round(customerShare * 2 - 1),
    probabilities: {
      customer: round(parts.probabilities[0]),
      consumer: round(parts.probabilities[1]),
      hybrid: round(parts.probabilities[2]),
    },
    summary:
      parts.undeterminedReason === undefined
        ? summary
        : summary.replace(/: the text has .*$/, `: ${parts.undeterminedReason}.`),
    dimensions,
    roles: { purchaser, endUser, differ: parts.rolesDiffer },
    recommendations: parts.withRecommendations
      ? recommend({
          orientation,
          dimensions,
          purchaser: purchaserProse,
          endUser: endUserProse,
          rolesDiffer: parts.rolesDiffer,
        })
      : [],
  };
}
