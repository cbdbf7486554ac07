import { BOTH_DECLARED, CLAUSE_JOINERS, JOINERS, wordSet } from '../lexicon/index.ts';
import { indexPatterns } from '../match/pattern-index.ts';
import { normAt, type Token } from '../text/tokenize.ts';
import type { CueHit } from './evidence.ts';
import type { Structure } from './structure.ts';

const joiners = indexPatterns(JOINERS);
const bothDeclared = indexPatterns(BOTH_DECLARED);
/**
 * Token kinds that end a clause: commas, and breaks (of which only the colon is new here:
 * semicolons, dashes and full stops already end a sentence above).
 */
const CLAUSE_PUNCTUATION: ReadonlySet<string> = new Set(['comma', 'break']);
/**
 * Co-ordination outside brackets also cuts: "a trade programme with pharmacy chains and a
 * parent-facing campaign", "renew its contract; onboard its nurses". Parts of one pole on both
 * sides change nothing; parts that lean opposite ways are the mark of a hybrid.
 */
const COORDINATORS: ReadonlySet<string> = wordSet('& + ; and');

/** Programme evidence of one part of a text (a sentence, or one side of a "plus"). */
export interface PartTotals {
  readonly customer: number;
  readonly consumer: number;
  /** How many cues support each pole in this part. */
  readonly customerCues: number;
  readonly consumerCues: number;
}

/** How a text splits into parts, and how many joiners ("plus", "two jobs") it uses. */
export interface Parts {
  readonly parts: readonly PartTotals[];
  readonly joinerCount: number;
  /** How many times the text says outright that both matter ("two jobs", "win both"). */
  readonly bothDeclared: number;
}

/**
 * Splits at sentence breaks, joiners, co-ordination and any comma, colon, semicolon or dash
 * outside brackets, and sums programme evidence (not market) per part. Two programmes are often
 * written as one list of clauses ("reorder perks for the pharmacies, reels for the shoppers"), so
 * every clause is a part of its own; a list of one pole's tactics just gives several parts of
 * that pole.
 */
export function splitParts(
  tokens: readonly Token[],
  structure: Structure,
  hits: readonly CueHit[],
): Parts {
  const partOf = new Array<number>(tokens.length).fill(0);
  let part = 0;
  let joinerCount = 0;
  let declared = 0;
  let skipUntil = -1;
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && structure.sentence[i] !== structure.sentence[i - 1]) part++;
    else if (depth === 0 && CLAUSE_PUNCTUATION.has(tokens[i]?.kind ?? '')) part++;
    else if (tokens[i]?.kind === 'comma' && CLAUSE_JOINERS.has(normAt(tokens, i + 1))) part++;
    else if (depth === 0 && COORDINATORS.has(normAt(tokens, i))) part++;
    if (tokens[i]?.kind === 'open') depth++;
    else if (tokens[i]?.kind === 'close' && depth > 0) depth--;
    if (bothDeclared.findAt(tokens, i).length > 0) declared++;
    if (i >= skipUntil) {
      const joiner = joiners.findAt(tokens, i)[0];
      if (joiner !== undefined) {
        joinerCount++;
        part++;
        skipUntil = joiner.to;
      }
    }
    partOf[i] = part;
  }
  const parts = [];
  for (let p = 0; p <= part; p++)
    parts.push({ customer: 0, consumer: 0, customerCues: 0, consumerCues: 0 });
  for (const hit of hits) {
    const totals = parts[partOf[hit.from] ?? 0];
    if (totals === undefined) continue;
    const weight = hit.programme;
    if (weight === 0) continue;
    totals[hit.pole] += weight;
    if (hit.pole === 'customer') totals.customerCues++;
    else totals.consumerCues++;
  }
  return { parts, joinerCount, bothDeclared: declared };
}
