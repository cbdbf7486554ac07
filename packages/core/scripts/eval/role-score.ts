import { roleMatches } from './role-match.ts';

/** Recall and precision of one role (purchaser or end user) over a set of cases. */
export interface RoleScore {
  /** cases whose gold names the role */
  gold: number;
  /** cases where the system named the role */
  predicted: number;
  /** gold named, predicted, and the spans match */
  hits: number;
  /** predictions that match a gold role: hits, since a prediction with no gold cannot match */
  correctPredictions: number;
  /** hits / gold (0 when no gold) */
  recall: number;
  /** correctPredictions / predicted (0 when nothing predicted) */
  precision: number;
  /**
   * how many lines label the role (null included); present only when some line leaves it out,
   * since every count above is then over those lines alone
   */
  labelled?: number;
}

/**
 * Scores predicted role spans against gold paraphrases with {@link roleMatches}. A prediction where
 * the gold is null counts against precision; a null prediction where the gold names the role
 * counts against recall.
 */
export function scoreRole(
  gold: readonly (string | null)[],
  predicted: readonly (string | null)[],
): RoleScore {
  if (gold.length !== predicted.length) {
    throw new Error(`${gold.length} gold roles but ${predicted.length} predictions`);
  }
  let goldCount = 0;
  let predictedCount = 0;
  let hits = 0;
  gold.forEach((g, i) => {
    const p = predicted[i] ?? null;
    if (g !== null) goldCount += 1;
    if (p !== null) predictedCount += 1;
    if (g !== null && p !== null && roleMatches(g, p)) hits += 1;
  });
  return {
    gold: goldCount,
    predicted: predictedCount,
    hits,
    correctPredictions: hits,
    recall: goldCount === 0 ? 0 : hits / goldCount,
    precision: predictedCount === 0 ? 0 : hits / predictedCount,
  };
}

/**
 * Scores a role over the lines that label it: a gold of `undefined` (the line has no such key) is
 * not labelled, so neither that line's gold nor its prediction is counted; null still means "the
 * text names no one". Null when no line labels the role; `labelled` is set when some lines do not.
 */
export function scoreLabelledRole(
  gold: readonly (string | null | undefined)[],
  predicted: readonly (string | null)[],
): RoleScore | null {
  if (gold.length !== predicted.length) {
    throw new Error(`${gold.length} gold roles but ${predicted.length} predictions`);
  }
  const kept = gold.flatMap((g, i) => (g === undefined ? [] : [i]));
  if (kept.length === 0) return null;
  const score = scoreRole(
    kept.map((i) => gold[i] ?? null),
    kept.map((i) => predicted[i] ?? null),
  );
  return kept.length === gold.length ? score : { ...score, labelled: kept.length };
}
