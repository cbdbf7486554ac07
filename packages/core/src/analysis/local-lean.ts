/**
 * How the programme evidence around a noun phrase leans: the clues that a person named in a
 * clause is on the paying side (customer > 0) or the using side (< 0).
 *
 * @module
 */
import { type CueHit, signedProgrammeWeight } from './evidence.ts';
import type { NounPhrase } from './noun-phrase.ts';
import type { Structure } from './structure.ts';

/** Reads the lean around a phrase: its clause's programme evidence, and double for cues inside it. */
export type LeanReader = (phrase: NounPhrase) => number;

/** Programme evidence per clause, and how a phrase's surroundings lean (> 0 customer). */
export function createLeanReader(hits: readonly CueHit[], s: Structure): LeanReader {
  const byClause = new Map<number, number>();
  for (const hit of hits) {
    const clause = s.clause[hit.from] ?? -1;
    byClause.set(clause, (byClause.get(clause) ?? 0) + signedProgrammeWeight(hit));
  }
  return (phrase: NounPhrase): number => {
    const clause = s.clause[phrase.head] ?? -1;
    let lean = byClause.get(clause) ?? 0;
    // Hits are in text order: bisect to the first one inside the phrase; those count extra.
    let low = 0;
    let high = hits.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((hits[mid] as CueHit).from < phrase.from) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < hits.length && (hits[i] as CueHit).from < phrase.to; i++) {
      const hit = hits[i] as CueHit;
      // A negated cue on the phrase itself ("not the kids") says nothing about its role.
      if (hit.to <= phrase.to && !hit.negated)
        lean += signedProgrammeWeight(hit) * (s.clause[hit.from] === clause ? 1 : 2);
    }
    return lean;
  };
}
