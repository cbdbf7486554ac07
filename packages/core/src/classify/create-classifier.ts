import { type Analysis, analyse } from '../analysis/analyse.ts';
import { type PoleTotals, scoreDimensions } from '../analysis/dimension-scores.ts';
import type { CueHit } from '../analysis/evidence.ts';
import { talksAboutAMarket } from '../analysis/market-talk.ts';
import { isFacedBy, type NounPhrase } from '../analysis/noun-phrase.ts';
import { overlaps } from '../analysis/phrase-relations.ts';
import { DIMENSION_IDS } from '../dimension-ids.ts';
import { TextTooLongError } from '../errors/text-too-long-error.ts';
import { MAX_TEXT_LENGTH } from '../limits.ts';
import {
  type DimensionReading,
  dimensionFeatures,
  predictLean,
  type TextReading,
} from '../model/dimension-model.ts';
import { programmeTotals, readFeatures } from '../model/features.ts';
import {
  MODEL_CLASSES,
  type OrientationModel,
  predictProbabilities,
} from '../model/orientation-model.ts';
import type { ClassifyOptions } from '../schemas/input.ts';
import type { Classification, Evidence, RoleSpan } from '../schemas/result.ts';
import type { DimensionId, Orientation } from '../schemas/vocabulary.ts';
import { ensureLexiconStems } from '../text/lexicon-vocabulary.ts';
import { buildResult, round } from './build-result.ts';
import { leanOf, saysNothingOf } from './dimension-leans.ts';
import { mapDimensions } from './dimension-results.ts';
import { namedBuyerHit } from './named-buyer.ts';

/** Programme evidence below which a text is judged by who buys alone (a company description). */
const PROGRAMME_MINIMUM = 1.5;
/** Market evidence that still makes a description a marketing text. */
const MARKET_MINIMUM = 0.8;
/**
 * Confidence in a verdict drawn from who buys alone, and in "undetermined". The market-only
 * verdict was right in 16 of the 20 training-set texts that took this path (0.8).
 */
const MARKET_ONLY_CONFIDENCE = 0.8;
const UNDETERMINED_CONFIDENCE = 0.9;
/**
 * A description that sells to organisations and to people alike ("plans for businesses and for
 * families", "to school districts and direct to parents") is a hybrid: each side has at least
 * this much market evidence that no negation touches.
 */
const BOTH_MARKETS_MINIMUM = 0.8;

/** An orientation, its confidence, and the class probabilities behind it. */
type Verdict = { orientation: Orientation; confidence: number; probabilities: number[] };

/** Words before people that say they are sold to as well: "and *direct to* homeowners". */
const SOLD_TO_AS_WELL: readonly (readonly string[])[] = [
  ['direct', 'to'],
  ['directly', 'to'],
  ['and', 'to'],
];

/** True when the people at `phrase` are a second market the text sells to. */
function soldToAsWell(analysis: Analysis, phrase: NounPhrase): boolean {
  const before = (k: number) => analysis.tokens[phrase.from - k]?.norm;
  return SOLD_TO_AS_WELL.some(([first, second]) => before(2) === first && before(1) === second);
}

/** The verdict for a text with little programme evidence: who buys decides. */
function byMarket(analysis: Analysis): Verdict {
  // Market evidence per pole, leaving out negated hits ("not for residents").
  const stated = scoreDimensions(analysis.hits.filter((hit) => !hit.negated)).market;
  // "the council funds the dispensers … a video for families": a payer stated as such beside the
  // people addressed is the toy-advert shape, consumer marketing, not two markets.
  const { roles } = analysis;
  const payerBesideUsers =
    roles.payerStatements.length > 0 &&
    roles.endUser !== null &&
    roles.purchaser !== null &&
    !overlaps(roles.purchaser, roles.endUser) &&
    // "sells to housebuilders and direct to homeowners": the second market is sold to as well.
    !soldToAsWell(analysis, roles.endUser);
  if (payerBesideUsers && stated.consumer >= BOTH_MARKETS_MINIMUM) return poleVerdict('consumer');
  if (stated.customer >= BOTH_MARKETS_MINIMUM && stated.consumer >= BOTH_MARKETS_MINIMUM) {
    const rest = (1 - MARKET_ONLY_CONFIDENCE) / 2;
    return {
      orientation: 'hybrid',
      confidence: MARKET_ONLY_CONFIDENCE,
      probabilities: [rest, rest, MARKET_ONLY_CONFIDENCE],
    };
  }
  const market = analysis.scores.market;
  return poleVerdict(market.customer >= market.consumer ? 'customer' : 'consumer');
}

/**
 * A customer or consumer verdict reached without the model (from who buys, or from a little
 * evidence), at the market-only confidence. Over the 30 labelled sets (4,684 cases), 13 of the
 * 14 texts that take the little-evidence path are right.
 */
function poleVerdict(orientation: 'customer' | 'consumer'): Verdict {
  const rest = 1 - MARKET_ONLY_CONFIDENCE;
  return {
    orientation,
    confidence: MARKET_ONLY_CONFIDENCE,
    probabilities:
      orientation === 'customer'
        ? [MARKET_ONLY_CONFIDENCE, rest, 0]
        : [rest, MARKET_ONLY_CONFIDENCE, 0],
  };
}

// Quote marks at the edge of a span are not part of who is named, nor is white space.
const EDGE_MARKS = `'"‘’“” \t\n\r`;

function spanOf(analysis: Analysis, phrase: NounPhrase | null, inferred: boolean): RoleSpan | null {
  if (phrase === null) return null;
  const { text } = analysis;
  let start = analysis.tokens[phrase.from]?.start ?? 0;
  let end = analysis.tokens[phrase.to - 1]?.end ?? start;
  while (start < end && EDGE_MARKS.includes(text[start] as string)) start += 1;
  while (end > start && EDGE_MARKS.includes(text[end - 1] as string)) end -= 1;
  // "a patient-facing video" names its people by one word, as a modifier does.
  const faced = phrase.to - phrase.from === 1 && isFacedBy(analysis.tokens, text, phrase.head);
  return { text: text.slice(start, end), start, end, inferred: inferred || faced };
}

/** `totals` with the market weight of `hit` added to its pole. */
function withHit(totals: PoleTotals, hit: CueHit | null): PoleTotals {
  if (hit === null) return totals;
  const added = { ...totals };
  added[hit.pole] += hit.weights.market ?? 0;
  return added;
}

function evidenceFor(
  analysis: Analysis,
  hits: readonly CueHit[],
  dimension: DimensionId,
  limit: number,
): Evidence[] {
  return hits
    .filter((hit) => (hit.weights[dimension] ?? 0) > 0)
    .map((hit) => ({
      text: analysis.text.slice(hit.start, hit.end),
      start: hit.start,
      end: hit.end,
      pole: hit.pole,
      cue: hit.cue.id,
      reason: hit.negated ? `negated: ${hit.cue.reason}` : hit.cue.reason,
      weight: round(hit.weights[dimension] ?? 0),
      negated: hit.negated,
    }))
    .slice(0, limit);
}

/** Less evidence than this (one faint hit) is no domain evidence at all: undetermined. */
const WEAK_MINIMUM = 0.1;

/** The verdict for a text that is not about marketing at all. */
const UNDETERMINED: Verdict = {
  orientation: 'undetermined',
  confidence: UNDETERMINED_CONFIDENCE,
  probabilities: [1 / 3, 1 / 3, 1 / 3],
};

/**
 * Programme evidence below which a text with no market evidence must also talk about a market
 * (see `talksAboutAMarket`) to be judged. Office notes, recipes and log lines trip a cue or two
 * ("lunch", "anyone", "reminder") but never reach this much, and name no one who pays or uses.
 */
const MARKET_TALK_REQUIRED_BELOW = 3;

/**
 * A text with some evidence, but too little for the model (a line of product copy, a one-clause
 * note): the pole with more programme and market evidence together. Undetermined only when there
 * is no evidence at all, or exactly as much for each pole.
 */
function byWeakEvidence(totals: PoleTotals, market: PoleTotals): Verdict {
  const customer = totals.customer + market.customer;
  const consumer = totals.consumer + market.consumer;
  if (customer + consumer < WEAK_MINIMUM || customer === consumer) return UNDETERMINED;
  return poleVerdict(customer > consumer ? 'customer' : 'consumer');
}

/** Confidence in a hybrid the text declares outright (see `readFeatures`), at least. */
const DECLARED_HYBRID_CONFIDENCE = 0.85;
const HYBRID = MODEL_CLASSES.indexOf('hybrid');

/** A declared hybrid: the model's other classes keep their proportions in what is left. */
function declaredHybrid(probabilities: number[]) {
  const hybrid = Math.max(probabilities[HYBRID] ?? 0, DECLARED_HYBRID_CONFIDENCE);
  const rest = 1 - (probabilities[HYBRID] ?? 0);
  const scaled = probabilities.map((p, i) =>
    i === HYBRID ? hybrid : rest === 0 ? 0 : (p * (1 - hybrid)) / rest,
  );
  return { orientation: 'hybrid' as const, confidence: hybrid, probabilities: scaled };
}

/** The verdict: undetermined, by who buys, by a little evidence, or the model's (the usual). */
function decide(analysis: Analysis, totals: PoleTotals, model: OrientationModel): Verdict {
  const market = analysis.scores.market;
  const programme = totals.customer + totals.consumer;
  const marketMass = market.customer + market.consumer;
  if (
    programme < MARKET_TALK_REQUIRED_BELOW &&
    marketMass < MARKET_MINIMUM &&
    !talksAboutAMarket(analysis.tokens, analysis.roles, analysis.hits, analysis.structure.sentence)
  )
    return UNDETERMINED;
  if (programme < PROGRAMME_MINIMUM) {
    if (marketMass < MARKET_MINIMUM) return byWeakEvidence(totals, market);
    return byMarket(analysis);
  }
  // Only a text with enough programme evidence is read by the model.
  const features = readFeatures(analysis);
  const probabilities = predictProbabilities(model, features.vector);
  if (features.declaresBoth) return declaredHybrid(probabilities);
  let best = 0;
  for (let i = 1; i < probabilities.length; i++)
    if ((probabilities[i] ?? 0) > (probabilities[best] ?? 0)) best = i;
  return {
    orientation: MODEL_CLASSES[best] ?? 'hybrid',
    confidence: probabilities[best] ?? 0,
    probabilities,
  };
}

/** All `classify` reads of a text before it writes the result. */
interface Reading {
  readonly analysis: Analysis;
  readonly verdict: Verdict;
  readonly programmeEvidence: PoleTotals;
  readonly purchaser: RoleSpan | null;
  readonly endUser: RoleSpan | null;
  readonly rolesDiffer: boolean;
  /** Cue hits for each dimension's evidence: the market's include the named purchaser. */
  readonly hitsFor: (id: DimensionId) => readonly CueHit[];
  readonly totalsFor: (id: DimensionId) => PoleTotals;
  readonly text: TextReading;
  /** What each dimension's evidence says, with the lean the rules give. */
  readonly dimensionReading: (id: DimensionId) => DimensionReading;
}

function read(text: string, model: OrientationModel): Reading {
  if (text.length > MAX_TEXT_LENGTH) throw new TextTooLongError(text.length);
  const analysis = analyse(text);
  const programmeEvidence = programmeTotals(analysis);
  const verdict = decide(analysis, programmeEvidence, model);
  const { roles } = analysis;
  const purchaser = spanOf(analysis, roles.purchaser, roles.purchaserInferred);
  const endUser = spanOf(analysis, roles.endUser, roles.endUserInferred);
  const rolesDiffer =
    purchaser !== null &&
    endUser !== null &&
    (purchaser.end <= endUser.start || endUser.end <= purchaser.start);
  // Who pays is evidence on the market, shown beside the market cues.
  const buyer = namedBuyerHit(analysis, purchaser);
  const marketHits = buyer === null ? analysis.hits : [...analysis.hits, buyer];
  const hitsFor = (id: DimensionId) => (id === 'market' ? marketHits : analysis.hits);
  const totalsFor = (id: DimensionId) =>
    id === 'market' ? withHit(analysis.scores.market, buyer) : analysis.scores[id];
  return {
    analysis,
    verdict,
    programmeEvidence,
    purchaser,
    endUser,
    rolesDiffer,
    hitsFor,
    totalsFor,
    text: {
      orientation: verdict.orientation,
      probabilities: verdict.probabilities,
      confidence: verdict.confidence,
      segment: analysis.segment,
      // Words, not tokens: a line break around the text must change nothing.
      words: analysis.tokens.filter((token) => token.kind === 'word').length,
      purchaser: purchaser !== null,
      endUser: endUser !== null,
      rolesDiffer,
    },
    dimensionReading(id) {
      let evidence = 0;
      let negated = false;
      for (const hit of hitsFor(id)) {
        if ((hit.weights[id] ?? 0) <= 0) continue;
        evidence += 1;
        negated ||= hit.negated;
      }
      const totals = totalsFor(id);
      return {
        totals,
        evidence,
        negated,
        ruleLean: leanOf(id, totals, verdict.orientation, analysis.segment),
      };
    },
  };
}

/**
 * The features of each dimension of a text under `model`'s orientation reading, for fitting the
 * dimension model; null for an undetermined text, whose dimensions are all unknown.
 */
export function createDimensionReader(model: OrientationModel) {
  ensureLexiconStems();
  return (text: string): Record<DimensionId, number[]> | null => {
    const reading = read(text, model);
    if (reading.verdict.orientation === 'undetermined') return null;
    return Object.fromEntries(
      DIMENSION_IDS.map((id) => [
        id,
        dimensionFeatures(reading.text, reading.dimensionReading(id)),
      ]),
    ) as Record<DimensionId, number[]>;
  };
}

/**
 * Builds a `classify` function around an orientation model (and the dimension model fitted
 * beside it, if any). The package's `classify` uses the model trained on the shipped data set;
 * evaluation builds its own per cross-validation fold.
 */
export function createClassifier(model: OrientationModel) {
  // A call, not an import for its effect: the package is marked free of side effects, so a
  // bundler may drop an import that only has one (and typo tolerance would lose its vocabulary).
  ensureLexiconStems();
  return function classify(text: string, options: ClassifyOptions = {}): Classification {
    const reading = read(text, model);
    const { analysis, verdict, programmeEvidence, purchaser, endUser } = reading;
    const { orientation, confidence, probabilities } = verdict;
    const limit = options.maxEvidence ?? Number.POSITIVE_INFINITY;
    const learned = orientation === 'undetermined' ? undefined : model.dimensions;
    const programme = programmeEvidence.customer + programmeEvidence.consumer;
    const dimensions = mapDimensions((id, name) => {
      const dimension = reading.dimensionReading(id);
      const { totals } = dimension;
      const total = totals.customer + totals.consumer;
      return {
        id,
        name,
        // The model's lean where it has weights for the dimension, else the rules'.
        lean: saysNothingOf(id, programme)
          ? 'unknown'
          : (learned && predictLean(learned, id, dimensionFeatures(reading.text, dimension))) ||
            dimension.ruleLean,
        strength: round(
          total === 0 ? 0 : Math.abs(totals.customer - totals.consumer) / (total + 1),
        ),
        customerShare: round(total === 0 ? 0.5 : totals.customer / total),
        evidence: evidenceFor(analysis, reading.hitsFor(id), id, limit),
      };
    });
    return buildResult({
      orientation,
      confidence,
      probabilities: [probabilities[0] ?? 0, probabilities[1] ?? 0, probabilities[2] ?? 0],
      customerShare: programme === 0 ? 0.5 : programmeEvidence.customer / programme,
      dimensions,
      purchaser,
      endUser,
      rolesDiffer: reading.rolesDiffer,
      withRecommendations: options.recommendations !== false,
    });
  };
}
