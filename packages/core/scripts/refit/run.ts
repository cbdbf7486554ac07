import { createClassifier } from '../../src/classify/create-classifier.ts';
import { fitModel } from '../../src/model/fit.ts';
import type { GoldCase } from '../../src/schemas/input.ts';
import { seededRandom } from '../eval/folds.ts';
import { bootstrapIndices, meanAndSd } from './bootstrap.ts';

/** A labelled set to score, by name. */
export interface ScoredSet {
  readonly name: string;
  readonly cases: readonly GoldCase[];
}

/** Orientations right per set, and in all, for one fitted model. */
export interface RoundScore {
  readonly total: number;
  readonly perSet: Readonly<Record<string, number>>;
}

/** What `refit-check` measures: the full fit, and refits on bootstrap samples of the training data. */
export interface RefitReport {
  readonly seed: number;
  readonly trainingCases: number;
  readonly scoredCases: number;
  readonly sets: readonly string[];
  /** The model `pnpm train` would ship: fitted on every training case. */
  readonly full: RoundScore;
  readonly rounds: readonly RoundScore[];
  readonly mean: number;
  readonly sd: number;
}

function score(cases: readonly GoldCase[], sets: readonly ScoredSet[]): RoundScore {
  // Orientation only: the dimension model leaves it unchanged, and is a tenth of the work.
  const classify = createClassifier(
    fitModel(cases, { fitTemperature: false, fitDimensions: false }),
  );
  const perSet: Record<string, number> = {};
  let total = 0;
  for (const set of sets) {
    let right = 0;
    for (const gold of set.cases) if (classify(gold.text).orientation === gold.orientation) right++;
    perSet[set.name] = right;
    total += right;
  }
  return { total, perSet };
}

/**
 * Refits the learned layer on the training cases, then `rounds` times on bootstrap samples of
 * them (seeded, so two runs of different code draw the same samples), and counts the right
 * orientations on the scored sets each time. The spread says how much of a difference between
 * two versions of the lexicon is refitting noise; pairing rounds across versions (same seed)
 * says whether a change helps whatever the sample.
 */
export function runRefitCheck(
  training: readonly GoldCase[],
  sets: readonly ScoredSet[],
  rounds: number,
  seed: number,
): RefitReport {
  if (!Number.isInteger(rounds) || rounds < 1)
    throw new Error(`rounds must be an integer ≥ 1, got ${rounds}`);
  const random = seededRandom(seed);
  const results: RoundScore[] = [];
  for (let round = 0; round < rounds; round++) {
    const sample = bootstrapIndices(training.length, random).map((i) => training[i] as GoldCase);
    results.push(score(sample, sets));
  }
  return {
    seed,
    trainingCases: training.length,
    scoredCases: sets.reduce((n, set) => n + set.cases.length, 0),
    sets: sets.map((set) => set.name),
    full: score(training, sets),
    rounds: results,
    ...meanAndSd(results.map((r) => r.total)),
  };
}
