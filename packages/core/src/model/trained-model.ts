import type { OrientationModel } from './orientation-model.ts';

/**
 * The orientation model shipped with the package, fitted by `scripts/train.ts` on
 * fixtures/briefs.dev.jsonl, fixtures/briefs.holdout.jsonl, fixtures/briefs.tuning-a.jsonl, fixtures/briefs.tuning-b.jsonl, fixtures/briefs.tuning-c.jsonl, fixtures/briefs.tuning-d.jsonl, fixtures/briefs.tuning-g-segments.jsonl, fixtures/briefs.tuning-h.jsonl, fixtures/briefs.tuning-i.jsonl. Generated: do not edit by hand.
 */
export const TRAINED_MODEL: OrientationModel = {
  "features": [
    "bias",
    "customerShare",
    "customerMass",
    "consumerMass",
    "balance",
    "customerPart",
    "consumerPart",
    "splitParts",
    "splitCues",
    "joiners",
    "bothDeclared",
    "declaredWithBothPoles",
    "rolesDiffer",
    "scopeLean",
    "audienceLean",
    "focusLean",
    "relationshipLean",
    "emphasisLean",
    "marketWhenLittleElse"
  ],
  "weights": [
    [
      0.701444,
      0.298603,
      0.622379,
      -0.494941,
      -0.134969,
      0.374577,
      -0.662355,
      -0.336428,
      -0.099637,
      -0.204916,
      -0.136582,
      -0.249398,
      -0.378095,
      0.277227,
      0.136504,
      0.3482,
      0.398518,
      0.266514,
      0.186313
    ],
    [
      1.289147,
      -0.319686,
      -0.859549,
      0.392818,
      -0.296222,
      -0.621568,
      0.223369,
      -0.328762,
      -0.132837,
      -0.02369,
      -0.104266,
      -0.12031,
      -0.040425,
      -0.267814,
      -0.263728,
      -0.351884,
      -0.380954,
      -0.315406,
      -0.192979
    ],
    [
      -1.99059,
      0.021083,
      0.237171,
      0.102123,
      0.431192,
      0.24699,
      0.438986,
      0.66519,
      0.232474,
      0.228606,
      0.240848,
      0.369708,
      0.41852,
      -0.009413,
      0.127223,
      0.003684,
      -0.017564,
      0.048892,
      0.006665
    ]
  ],
  "temperature": 0.7,
  "trainedOn": 1410
};
