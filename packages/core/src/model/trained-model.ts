import type { OrientationModel } from './orientation-model.ts';

/**
 * The orientation model shipped with the package, fitted on fixtures/briefs.dev.jsonl by
 * `scripts/train.ts`. Generated: do not edit by hand.
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
    "rolesDiffer",
    "scopeLean",
    "audienceLean",
    "focusLean",
    "relationshipLean",
    "emphasisLean"
  ],
  "weights": [
    [
      0.657981,
      0.252849,
      0.591735,
      -0.425252,
      -0.201512,
      0.337702,
      -0.744636,
      -0.518867,
      -0.191039,
      -0.026413,
      -0.33721,
      0.271251,
      0.146415,
      0.317143,
      0.357124,
      0.250665
    ],
    [
      1.629427,
      -0.284586,
      -0.690073,
      0.432248,
      -0.128136,
      -0.843491,
      0.190116,
      -0.492756,
      -0.10702,
      -0.093785,
      0.030521,
      -0.356534,
      -0.278561,
      -0.243089,
      -0.258215,
      -0.238104
    ],
    [
      -2.287408,
      0.031736,
      0.098339,
      -0.006996,
      0.329648,
      0.505789,
      0.55452,
      1.011623,
      0.298059,
      0.120198,
      0.306689,
      0.085283,
      0.132146,
      -0.074054,
      -0.098909,
      -0.012561
    ]
  ],
  "temperature": 0.45,
  "trainedOn": 200
};
