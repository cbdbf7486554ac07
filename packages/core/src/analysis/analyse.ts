import { type Token, tokenize } from '../text/tokenize.ts';
import { type DimensionScores, scoreDimensions } from './dimension-scores.ts';
import { type CueHit, collectHits } from './evidence.ts';
import { findRoles, type RoleFindings } from './roles.ts';
import { analyseStructure, type Structure } from './structure.ts';

/** Everything the classifier reads off a text before it decides. */
export interface Analysis {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly structure: Structure;
  readonly hits: readonly CueHit[];
  readonly scores: DimensionScores;
  readonly roles: RoleFindings;
}

/** How much programme evidence inside a "who pays" statement counts: it is background. */
const PAYER_STATEMENT_FACTOR = 0.3;
/** Market evidence from the purchaser phrase counts extra: the market follows who buys. */
const PURCHASER_MARKET_FACTOR = 2.5;

function inside(hit: CueHit, ranges: readonly (readonly [number, number])[]): boolean {
  return ranges.some(([from, to]) => hit.from >= from && hit.to <= to);
}

/** Weighs programme cues inside payer statements down, and market cues of the purchaser up. */
function weighRoles(hits: readonly CueHit[], roles: RoleFindings): CueHit[] {
  const purchaser = roles.purchaser;
  return hits.map((hit) => {
    const inPayerStatement = inside(hit, roles.payerStatements);
    const inPurchaser = purchaser !== null && hit.from >= purchaser.from && hit.to <= purchaser.to;
    if (!inPayerStatement && !inPurchaser) return hit;
    const weights: CueHit['weights'] = {};
    for (const [dimension, weight] of Object.entries(hit.weights) as [
      keyof CueHit['weights'],
      number,
    ][]) {
      if (dimension === 'market')
        weights[dimension] = weight * (inPurchaser ? PURCHASER_MARKET_FACTOR : 1);
      else weights[dimension] = weight * (inPayerStatement ? PAYER_STATEMENT_FACTOR : 1);
    }
    return { ...hit, weights };
  });
}

/** Tokenises, reads structure, finds and weighs cues and roles. Linear in the text length. */
export function analyse(text: string): Analysis {
  const tokens = tokenize(text);
  const structure = analyseStructure(tokens);
  const raw = collectHits(tokens, structure);
  const roles = findRoles(tokens, text, structure, raw);
  const hits = weighRoles(raw, roles);
  return { text, tokens, structure, hits, scores: scoreDimensions(hits), roles };
}
