/**
 * The orientation verdict: undetermined when a text is not about marketing, read from who buys
 * when it describes a business rather than a programme, from a little evidence when there is
 * not enough for the model, and otherwise the orientation model's.
 *
 * @module
 */
import type { Analysis } from '../analysis/analyse.ts';
import { type PoleTotals, scoreDimensions } from '../analysis/dimension-scores.ts';
import { talksAboutAMarket } from '../analysis/market-talk.ts';
import type { NounPhrase } from '../analysis/noun-phrase.ts';
import { overlaps } from '../analysis/phrase-relations.ts';
import {
  OTHER_GENRE_COMPANIONS,
  OTHER_GENRE_FORM_COMPANIONS,
  OTHER_GENRE_FORMS,
  OTHER_GENRE_WORDS,
  wordSet,
} from '../lexicon/index.ts';
import { readFeatures } from '../model/features.ts';
import {
  MODEL_CLASSES,
  type OrientationModel,
  predictProbabilities,
} from '../model/orientation-model.ts';
import type { Orientation } from '../schemas/vocabulary.ts';
import { normAt } from '../text/tokenize.ts';
import { poleOf } from './dimension-leans.ts';

/** Programme evidence below which a text is judged by who buys alone (a company description). */
export const PROGRAMME_MINIMUM = 1.5;
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
export type Verdict = {
  orientation: Orientation;
  confidence: number;
  probabilities: number[];
  /** Why the text is undetermined, when it is for another reason than no evidence at all. */
  undeterminedReason?: string;
};

/** Words before "to" people that say they are sold to as well: "and *direct to* homeowners". */
const SOLD_TO_AS_WELL: ReadonlySet<string> = wordSet('and direct directly');

/** True when the people at `phrase` are a second market the text sells to. */
function soldToAsWell({ tokens }: Analysis, phrase: NounPhrase): boolean {
  return (
    normAt(tokens, phrase.from - 1) === 'to' && SOLD_TO_AS_WELL.has(normAt(tokens, phrase.from - 2))
  );
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
  return poleVerdict(poleOf(analysis.scores.market));
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

/**
 * How many times more programme evidence each further word of another kind of document (a
 * contract, minutes, a log: `OTHER_GENRE_WORDS` and their companions) asks for: under 3 with
 * one such word, 12 with two, 48 with three. No labelled marketing text of the sets has that
 * little for its words.
 */
const OTHER_GENRE_FACTOR = 4;

/**
 * How many distinct marks of another kind of document a text has (see `lexicon/other-genres.ts`:
 * words and forms), or 0 when none of them is a marker: companions alone count nothing.
 */
function otherGenreCount({ tokens, text }: Analysis): number {
  const forms = (list: readonly RegExp[]) => list.filter((form) => form.test(text)).length;
  const words = (list: ReadonlySet<string>) =>
    new Set(tokens.filter((t) => list.has(t.norm)).map((t) => t.norm)).size;
  const markers = forms(OTHER_GENRE_FORMS) + words(OTHER_GENRE_WORDS);
  return markers && markers + forms(OTHER_GENRE_FORM_COMPANIONS) + words(OTHER_GENRE_COMPANIONS);
}

/** The verdict: undetermined, by who buys, by a little evidence, or the model's (the usual). */
export function decide(analysis: Analysis, totals: PoleTotals, model: OrientationModel): Verdict {
  const market = analysis.scores.market;
  const programme = totals.customer + totals.consumer;
  // Another kind of document: a marker ("shall", "traceback"), and the more such words with it,
  // the more programme evidence a text needs. Most texts have no marker: nothing is counted.
  const otherGenre = otherGenreCount(analysis);
  if (otherGenre && programme < MARKET_TALK_REQUIRED_BELOW * OTHER_GENRE_FACTOR ** (otherGenre - 1))
    return {
      ...UNDETERMINED,
      undeterminedReason:
        'it reads as another kind of document (a contract, minutes, code or a log), not as marketing',
    };
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
