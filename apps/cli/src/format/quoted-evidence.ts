/**
 * Which words of a dimension's evidence to quote beside its lean, shared by the plain-text output
 * and the UI so that a quote never argues with the label it stands beside.
 *
 * @module
 */
import type { DimensionResult, Evidence, Pole } from '@marketlens/core';

/** The poles whose words may stand beside a lean: its own, both beside "mixed", none beside "—". */
function quotedPoles(lean: DimensionResult['lean']): readonly Pole[] {
  if (lean === 'mixed') return ['customer', 'consumer'];
  return lean === 'unknown' ? [] : [lean];
}

/**
 * The evidence to quote beside `dimension`'s lean: up to `perPole` items for each pole it may
 * quote, in text order, customer and consumer taking turns beside "mixed". Words said twice (same
 * words, same negation, any case) are quoted once. A lean the model read from the whole text, with
 * no words for its pole, quotes nothing.
 */
export function evidenceToQuote(
  dimension: Pick<DimensionResult, 'lean' | 'evidence'>,
  perPole: number,
): Evidence[] {
  const lists = quotedPoles(dimension.lean).map((pole) => {
    const seen = new Set<string>();
    const picked: Evidence[] = [];
    for (const evidence of dimension.evidence) {
      if (picked.length >= perPole) break;
      const key = `${evidence.negated}${evidence.text.toLowerCase()}`;
      if (evidence.pole !== pole || seen.has(key)) continue;
      seen.add(key);
      picked.push(evidence);
    }
    return picked;
  });
  const quoted: Evidence[] = [];
  for (let i = 0; i < perPole; i++)
    for (const list of lists) {
      const evidence = list[i];
      if (evidence !== undefined) quoted.push(evidence);
    }
  return quoted;
}
