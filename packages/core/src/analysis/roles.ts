import {
  PAYER_AFTER,
  PAYER_BEFORE,
  PAYER_NOUNS,
  USER_AFTER,
  USER_BEFORE,
} from '../lexicon/roles.ts';
import { createPatternIndex } from '../match/pattern-index.ts';
import type { Token } from '../text/tokenize.ts';
import type { CueHit } from './evidence.ts';
import { findHeads, headPositions, type NounPhrase, phraseAt } from './noun-phrase.ts';
import type { Structure } from './structure.ts';

const payerAfter = createPatternIndex(PAYER_AFTER, (p) => p);
const payerBefore = createPatternIndex(PAYER_BEFORE, (p) => p);
const payerNouns = createPatternIndex(PAYER_NOUNS, (p) => p);
const userAfter = createPatternIndex(USER_AFTER, (p) => p);
const userBefore = createPatternIndex(USER_BEFORE, (p) => p);

/** Who pays and who uses, as noun phrases, and where the text states who pays. */
export interface RoleFindings {
  readonly purchaser: NounPhrase | null;
  readonly endUser: NounPhrase | null;
  /** Token ranges that state who pays ("the parents pay"): background, not programme content. */
  readonly payerStatements: readonly (readonly [number, number])[];
}

const SKIPPABLE = new Set([
  'often',
  'usually',
  'typically',
  'actually',
  'mostly',
  'generally',
  'normally',
  'ultimately',
  'really',
  'still',
  'also',
  'all',
  'themselves',
  'itself',
  'then',
  'do',
  'does',
  'will',
  'who',
  'that',
]);

/** The nearest head at or before `at` (within `reach` words, same clause). */
function headBefore(
  tokens: readonly Token[],
  isHead: readonly boolean[],
  s: Structure,
  at: number,
  reach: number,
): number {
  for (let i = at - 1, seen = 0; i >= 0 && seen <= reach; i--) {
    if (s.clause[i] !== s.clause[at]) return -1;
    if (isHead[i] && !(isHead[i + 1] && i + 1 < at)) return i;
    if (!SKIPPABLE.has(tokens[i]?.norm ?? '')) seen++;
  }
  return -1;
}

/** The nearest head at or after `at` (within `reach` words, same sentence). */
function headAfter(
  tokens: readonly Token[],
  isHead: readonly boolean[],
  s: Structure,
  at: number,
  reach: number,
): number {
  for (let i = at, seen = 0; i < tokens.length && seen <= reach; i++) {
    if (s.sentence[i] !== s.sentence[at]) return -1;
    const token = tokens[i] as Token;
    if (token.kind === 'comma' || token.kind === 'break') return -1;
    if (isHead[i]) {
      let end = i;
      while (isHead[end + 1]) end++;
      return end;
    }
    seen++;
  }
  return -1;
}

/** Programme evidence per clause, and a way to ask how a phrase's surroundings lean. */
function createLeanReader(hits: readonly CueHit[], s: Structure) {
  const programmeWeight = (hit: CueHit) => {
    let sum = 0;
    for (const [dimension, weight] of Object.entries(hit.weights))
      if (dimension !== 'market') sum += weight ?? 0;
    return hit.pole === 'customer' ? sum : -sum;
  };
  const byClause = new Map<number, number>();
  for (const hit of hits) {
    const clause = s.clause[hit.from] ?? -1;
    byClause.set(clause, (byClause.get(clause) ?? 0) + programmeWeight(hit));
  }
  /** Evidence near a phrase: > 0 leans customer, < 0 consumer; cues inside it count double. */
  return (phrase: NounPhrase): number => {
    let lean = byClause.get(s.clause[phrase.head] ?? -1) ?? 0;
    // Hits are in text order: find the first one at or after the phrase by bisection.
    let low = 0;
    let high = hits.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((hits[mid] as CueHit).from < phrase.from) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < hits.length && (hits[i] as CueHit).from < phrase.to; i++) {
      const hit = hits[i] as CueHit;
      if (hit.to <= phrase.to) {
        // Inside the phrase: counts twice (once with its clause, once more here); outside its clause: once.
        lean += programmeWeight(hit) * (s.clause[hit.from] === s.clause[phrase.head] ? 1 : 2);
      }
    }
    return lean;
  };
}

/** Reads who pays and who uses from explicit statements, then from the programme's addressees. */
export function findRoles(
  tokens: readonly Token[],
  raw: string,
  s: Structure,
  hits: readonly CueHit[],
): RoleFindings {
  const isHead = findHeads(tokens, raw);
  const localLean = createLeanReader(hits, s);
  const payerStatements: [number, number][] = [];
  let purchaser: NounPhrase | null = null;
  let endUser: NounPhrase | null = null;

  for (let i = 0; i < tokens.length; i++) {
    for (const match of payerAfter.findAt(tokens, i)) {
      const head = headBefore(tokens, isHead, s, i, 3);
      if (head < 0) continue;
      const phrase = phraseAt(tokens, isHead, head, false);
      payerStatements.push([phrase.from, match.to]);
      purchaser ??= phrase;
    }
    for (const match of payerBefore.findAt(tokens, i)) {
      const head = headAfter(tokens, isHead, s, match.to, 4);
      if (head < 0) continue;
      const phrase = phraseAt(tokens, isHead, head, false);
      payerStatements.push([match.from, phrase.to]);
      purchaser ??= phrase;
    }
    for (const match of userAfter.findAt(tokens, i)) {
      const head = headBefore(tokens, isHead, s, i, 2);
      if (head >= 0) endUser ??= phraseAt(tokens, isHead, head, true);
      void match;
    }
    for (const match of userBefore.findAt(tokens, i)) {
      const head = headAfter(tokens, isHead, s, match.to, 4);
      if (head < 0) continue;
      const phrase = phraseAt(tokens, isHead, head, true);
      if (localLean(phrase) <= 1) endUser ??= phrase;
    }
  }
  const positions = headPositions(tokens, isHead);
  if (purchaser === null) {
    const head = positions.find(
      (h) =>
        payerNouns.findAt(tokens, h).length > 0 ||
        payerNouns.findAt(tokens, h - 1).some((m) => m.to > h),
    );
    if (head !== undefined) purchaser = phraseAt(tokens, isHead, head, false);
  }
  // Fall back on the addressees: the first people named where the programme leans each way.
  const heading = tokens.findIndex((t) => t.norm === ':');
  const candidates = positions
    .filter((h) => !(heading >= 0 && h < heading && s.sentence[h] === 0 && heading <= 5))
    .map((h) => phraseAt(tokens, isHead, h, true));
  const overlaps = (a: NounPhrase | null, b: NounPhrase) =>
    a !== null && a.from < b.to && b.from < a.to;
  if (purchaser === null) {
    purchaser = candidates.find((p) => !overlaps(endUser, p) && localLean(p) > 0.5) ?? null;
  }
  if (endUser === null) {
    endUser = candidates.find((p) => !overlaps(purchaser, p) && localLean(p) < -0.5) ?? null;
  }
  return { purchaser, endUser, payerStatements };
}
