import { type Analysis, analyse } from '../analysis/analyse.ts';
import type { PoleTotals } from '../analysis/dimension-scores.ts';
import type { CueHit } from '../analysis/evidence.ts';
import { isFacedBy, type NounPhrase } from '../analysis/noun-phrase.ts';
import { DIMENSION_IDS } from '../dimension-ids.ts';
import { TextTooLongError } from '../errors/text-too-long-error.ts';
import { MAX_EVIDENCE, MAX_TEXT_LENGTH } from '../limits.ts';
import {
  type DimensionReading,
  dimensionFeatures,
  predictLean,
  type TextReading,
} from '../model/dimension-model.ts';
import { programmeTotals } from '../model/features.ts';
import type { OrientationModel } from '../model/orientation-model.ts';
import type { ClassifyOptions } from '../schemas/input.ts';
import type { Classification, Evidence, RoleSpan } from '../schemas/result.ts';
import type { DimensionId } from '../schemas/vocabulary.ts';
import { ensureLexiconStems } from '../text/lexicon-vocabulary.ts';
import { isWord } from '../text/tokenize.ts';
import { buildResult, round } from './build-result.ts';
import { leanOf, saysNothingOf } from './dimension-leans.ts';
import { mapDimensions } from './dimension-results.ts';
import { namedBuyerHit } from './named-buyer.ts';
import { peopleNamed } from './same-people.ts';
import { decide, PROGRAMME_MINIMUM, type Verdict } from './verdict.ts';

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

/**
 * The hits with a weight above 0 on each dimension, in text order: one pass over the hits rather
 * than one per dimension.
 */
function hitsByDimension(hits: readonly CueHit[]): Record<DimensionId, CueHit[]> {
  const spoken = Object.fromEntries(DIMENSION_IDS.map((id) => [id, [] as CueHit[]])) as Record<
    DimensionId,
    CueHit[]
  >;
  for (const hit of hits)
    for (const id in hit.weights)
      if ((hit.weights[id as DimensionId] ?? 0) > 0) spoken[id as DimensionId].push(hit);
  return spoken;
}

/** The evidence shown for a dimension: `hits` are those that speak to it. */
function evidenceFor(
  analysis: Analysis,
  hits: readonly CueHit[],
  dimension: DimensionId,
  limit: number,
): Evidence[] {
  return hits.slice(0, limit).map((hit) => ({
    text: analysis.text.slice(hit.start, hit.end),
    start: hit.start,
    end: hit.end,
    pole: hit.pole,
    cue: hit.cue.id,
    reason: hit.negated ? `negated: ${hit.cue.reason}` : hit.cue.reason,
    weight: round(hit.weights[dimension] ?? 0),
    negated: hit.negated,
  }));
}

/** All `classify` reads of a text before it writes the result. */
interface Reading {
  readonly analysis: Analysis;
  readonly verdict: Verdict;
  readonly programmeEvidence: PoleTotals;
  readonly purchaser: RoleSpan | null;
  readonly endUser: RoleSpan | null;
  readonly rolesDiffer: boolean;
  /** The cue hits that speak to each dimension: the market's include the named purchaser. */
  readonly hitsFor: Readonly<Record<DimensionId, readonly CueHit[]>>;
  readonly text: TextReading;
  /** What each dimension's evidence says, with the lean the rules give. */
  readonly dimensionReading: (id: DimensionId) => DimensionReading;
}

function read(text: string, model: OrientationModel): Reading {
  // For callers without types: a number or null is a mistake to name, not a text to read.
  if (typeof text !== 'string') throw new TypeError('text must be a string');
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
    (purchaser.end <= endUser.start || endUser.end <= purchaser.start) &&
    peopleNamed(purchaser.text) !== peopleNamed(endUser.text);
  // Who pays is evidence on the market, shown beside the market cues.
  const buyer = namedBuyerHit(analysis, purchaser);
  // The named purchaser speaks to the market alone: its only weight.
  const hitsFor = hitsByDimension(buyer === null ? analysis.hits : [...analysis.hits, buyer]);
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
    text: {
      orientation: verdict.orientation,
      probabilities: verdict.probabilities,
      confidence: verdict.confidence,
      segment: analysis.segment,
      // Words, not tokens: a line break around the text must change nothing.
      words: analysis.tokens.filter(isWord).length,
      purchaser: purchaser !== null,
      endUser: endUser !== null,
      rolesDiffer,
    },
    dimensionReading(id) {
      const totals = totalsFor(id);
      return {
        totals,
        evidence: hitsFor[id].length,
        negated: hitsFor[id].some((hit) => hit.negated),
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
  return function classify(text: string, options?: ClassifyOptions | null): Classification {
    const reading = read(text, model);
    options ??= {};
    const { analysis, verdict, programmeEvidence, purchaser, endUser } = reading;
    const { orientation, confidence, probabilities } = verdict;
    const limit = Math.max(0, options.maxEvidence ?? MAX_EVIDENCE);
    const learned = orientation === 'undetermined' ? undefined : model.dimensions;
    const programme = programmeEvidence.customer + programmeEvidence.consumer;
    const dimensions = mapDimensions((id, name) => {
      const dimension = reading.dimensionReading(id);
      const { totals } = dimension;
      const total = totals.customer + totals.consumer;
      return {
        id,
        name,
        // The model's lean where it has weights for the dimension (its features read only
        // then), else the rules'.
        lean: saysNothingOf(id, programme)
          ? 'unknown'
          : (learned?.[id] &&
              predictLean(learned, id, dimensionFeatures(reading.text, dimension))) ||
            dimension.ruleLean,
        strength: round(
          total === 0 ? 0 : Math.abs(totals.customer - totals.consumer) / (total + 1),
        ),
        customerShare: round(total === 0 ? 0.5 : totals.customer / total),
        evidence: evidenceFor(analysis, reading.hitsFor[id], id, limit),
      };
    });
    return buildResult({
      orientation,
      confidence,
      // Every verdict gives the three classes' probabilities, in order.
      probabilities: probabilities as [number, number, number],
      // A text judged by who buys, or on a little evidence, shows the verdict's lean on the gauge
      // (its two poles share what hybrid leaves, so the sum is never 0 there).
      customerShare:
        programme < PROGRAMME_MINIMUM
          ? (probabilities[0] as number) /
            ((probabilities[0] as number) + (probabilities[1] as number))
          : programmeEvidence.customer / programme,
      dimensions,
      purchaser,
      endUser,
      rolesDiffer: reading.rolesDiffer,
      withRecommendations: options.recommendations !== false,
      undeterminedReason: verdict.undeterminedReason,
    });
  };
}
