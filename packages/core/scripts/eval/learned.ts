import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ClassifyOptions, GoldCase } from '../../src/schemas/input.ts';
import type { Classification } from '../../src/schemas/result.ts';

/** A classifier built from a fitted model. */
export type Classifier = (text: string, options?: ClassifyOptions) => Classification;

/** What `fitModel` may be asked besides the cases (a subset of its `FitOptions`). */
export interface LearnedFitOptions {
  /** false: fit the orientation only and leave each dimension's lean to the rules */
  fitDimensions?: boolean;
}

/** The learned layer's interface: fit on cases, then build a classifier from the model. */
export interface LearnedApi {
  fitModel: (cases: readonly GoldCase[], options?: LearnedFitOptions) => unknown;
  createClassifier: (model: unknown) => Classifier;
}

/** The learned layer, or why it cannot be used. */
export type LearnedLoad = { ok: true; api: LearnedApi } | { ok: false; reason: string };

const FIT = new URL('../../src/model/fit.ts', import.meta.url);
const CREATE = new URL('../../src/classify/create-classifier.ts', import.meta.url);

/**
 * Loads `fitModel` (src/model/fit.ts) and `createClassifier` (src/classify/create-classifier.ts)
 * when they exist. A missing file is reported, not thrown, so the eval still runs; a file that
 * exists but fails to load throws, because that is a bug to see.
 */
export async function loadLearnedApi(): Promise<LearnedLoad> {
  if (!existsSync(fileURLToPath(FIT))) {
    return { ok: false, reason: 'fitModel not available yet (src/model/fit.ts) — CV skipped' };
  }
  if (!existsSync(fileURLToPath(CREATE))) {
    return {
      ok: false,
      reason: 'createClassifier not available yet (src/classify/create-classifier.ts) — CV skipped',
    };
  }
  // Specifiers held in variables so typecheck passes before the modules exist.
  const fitModule: Record<string, unknown> = await import(FIT.href);
  const createModule: Record<string, unknown> = await import(CREATE.href);
  const { fitModel } = fitModule;
  const { createClassifier } = createModule;
  if (typeof fitModel !== 'function') {
    return { ok: false, reason: 'src/model/fit.ts does not export fitModel — CV skipped' };
  }
  if (typeof createClassifier !== 'function') {
    return {
      ok: false,
      reason: 'src/classify/create-classifier.ts does not export createClassifier — CV skipped',
    };
  }
  return {
    ok: true,
    api: {
      fitModel: fitModel as LearnedApi['fitModel'],
      createClassifier: createClassifier as LearnedApi['createClassifier'],
    },
  };
}
