import {
  SEGMENT_LABEL_REACH,
  SEGMENT_LABELS,
  SINGULAR_NAMES_THE_SELLER,
} from '../lexicon/index.ts';
import { indexPatterns } from '../match/pattern-index.ts';
import { normAt, type Token, tokenize } from '../text/tokenize.ts';
import { dropBusinessSpread } from './business-spread.ts';
import { type DimensionScores, scoreDimensions } from './dimension-scores.ts';
import {
  type CueHit,
  collectHits,
  negatePhraseClauses,
  reweighed,
  scaledWeights,
} from './evidence.ts';
import { dropKeptUsers } from './kept-users.ts';
import { dropNarrowedPronouns } from './narrowed-pronouns.ts';
import { findHeads } from './noun-phrase.ts';
import { describingClauseEnd } from './relative-clause.ts';
import { findRoles, type RoleFindings } from './roles.ts';
import { dropSellerMarketHits } from './seller-market.ts';
import { dropSizeCounts } from './size-counts.ts';
import { analyseStructure, isSentenceBreak, type Structure } from './structure.ts';

/** Everything the classifier reads off a text before it decides. */
export interface Analysis {
  readonly text: string;
  /** True when the text defines a segment (a group, no programme). */
  readonly segment: boolean;
  readonly tokens: readonly Token[];
  readonly structure: Structure;
  readonly hits: readonly CueHit[];
  readonly scores: DimensionScores;
  readonly roles: RoleFindings;
}

/** How much programme evidence inside a "who pays" statement counts: it is background. */
const PAYER_STATEMENT_FACTOR = 0.1;
/** Market evidence from the purchaser phrase counts extra: the market follows who buys. */
const PURCHASER_MARKET_FACTOR = 2.5;

/**
 * For each token, the furthest end of a range that covers it (-1 when none): a hit lies inside
 * one range exactly when `cover[hit.from] >= hit.to` — one look-up instead of a scan of every
 * range for every hit.
 */
function rangeCover(size: number, ranges: readonly (readonly [number, number])[]): number[] {
  // A plain array: a typed one costs more to make than this short pass saves.
  const cover = new Array<number>(size).fill(-1);
  for (const [from, to] of ranges) {
    for (let i = from; i < to; i++) if (to > (cover[i] as number)) cover[i] = to;
  }
  return cover;
}

/**
 * Cues that say the payer already buys from us ("HR teams that *already buy our* courses"): in a
 * payer statement they are its point, not background.
 */
const SAYS_THEY_BUY_FROM_US: ReadonlySet<string> = new Set([
  'existing',
  'already-buy',
  'already-ours',
  'bought-from-us',
  'past-buyers',
  'tenure',
]);

/** Market evidence in a heading ("Dental practice recall programme: …") names the seller. */
const HEADING_MARKET_FACTOR = 0.3;
/** Market evidence from a singular seller or place noun ("the clinic", "our studio"). */
const SELLER_MARKET_FACTOR = 0.2;
/** A heading is a short label before a colon at the very start of a text. */
const HEADING_MAX_TOKENS = 6;

/**
 * Weighs programme cues inside payer statements down, market cues of the purchaser up, and
 * market cues of a heading or of a singular seller noun down.
 */
function weighRoles(
  hits: readonly CueHit[],
  roles: RoleFindings,
  tokens: readonly Token[],
): CueHit[] {
  const purchaser = roles.purchaser;
  const payerCover = rangeCover(tokens.length, roles.payerStatements);
  const firstBreak = tokens.findIndex((t) => t.kind === 'break');
  const headingEnd =
    firstBreak >= 0 && firstBreak <= HEADING_MAX_TOKENS && normAt(tokens, firstBreak) === ':'
      ? firstBreak
      : 0;
  return hits.map((hit) => {
    const inPayerStatement =
      (payerCover[hit.from] as number) >= hit.to && !SAYS_THEY_BUY_FROM_US.has(hit.cue.id);
    const inPurchaser = purchaser !== null && hit.from >= purchaser.from && hit.to <= purchaser.to;
    const inHeading = hit.to <= headingEnd;
    const namesSeller = !inPurchaser && SINGULAR_NAMES_THE_SELLER.has(normAt(tokens, hit.to - 1));
    if (!inPayerStatement && !inPurchaser && !inHeading && !namesSeller) return hit;
    const programmeFactor = inPayerStatement ? PAYER_STATEMENT_FACTOR : 1;
    const marketFactor = inPurchaser
      ? PURCHASER_MARKET_FACTOR
      : namesSeller
        ? SELLER_MARKET_FACTOR
        : inHeading
          ? HEADING_MARKET_FACTOR
          : 1;
    const weights = scaledWeights(hit.weights, (dimension) =>
      dimension === 'market' ? marketFactor : programmeFactor,
    );
    return reweighed(hit, weights);
  });
}

const segmentLabels = indexPatterns(SEGMENT_LABELS);

/** A segment label in the first few tokens, before the first sentence ends. */
function isSegmentDefinition(tokens: readonly Token[]): boolean {
  for (let i = 0; i < Math.min(tokens.length, SEGMENT_LABEL_REACH); i++) {
    if (isSentenceBreak(tokens[i] as Token)) return false;
    if (segmentLabels.findAt(tokens, i).length > 0) return true;
  }
  return false;
}

/** Tokenises, reads structure, finds and weighs cues and roles. Linear in the text length. */
export function analyse(text: string): Analysis {
  // A link's words ("?utm_source=…&hsa_acc=…") say nothing: blanked, so offsets stay the text's.
  const tokens = tokenize(
    text.replace(/\b(?:https?:\/\/|www\.)\S+/g, (link) => ' '.repeat(link.length)),
  );
  const structure = analyseStructure(tokens);
  const isHead = findHeads(tokens, text);
  // Cue hits, then each step that drops or turns the ones a closer reading rules out.
  let raw = negatePhraseClauses(
    collectHits(tokens, structure),
    (head) => describingClauseEnd(tokens, isHead, head),
    tokens,
  );
  raw = dropNarrowedPronouns(raw, tokens);
  raw = dropSellerMarketHits(raw, tokens, text);
  raw = dropSizeCounts(raw, tokens);
  raw = dropBusinessSpread(raw, tokens);
  raw = dropKeptUsers(raw, tokens, isHead);
  const roles = findRoles(tokens, text, isHead, structure, raw);
  const hits = weighRoles(raw, roles, tokens);
  return {
    text,
    segment: isSegmentDefinition(tokens),
    tokens,
    structure,
    hits,
    scores: scoreDimensions(hits),
    roles,
  };
}
