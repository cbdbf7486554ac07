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
      0.649267,
      0.258723,
      0.588122,
      -0.423066,
      -0.237118,
      0.400085,
      -0.787218,
      -0.518404,
      -0.105897,
      -0.355713,
      0.282264,
      0.131706,
      0.350748,
      0.369504,
      0.228039
    ],
    [
      1.518035,
      -0.290969,
      -0.771494,
      0.39303,
      -0.20331,
      -0.778669,
      0.255558,
      -0.475352,
      -0.175071,
      0.079476,
      -0.353837,
      -0.3228,
      -0.264202,
      -0.270114,
      -0.286051
    ],
    [
      -2.167302,
      0.032246,
      0.183372,
      0.030036,
      0.440429,
      0.378584,
      0.53166,
      0.993756,
      0.280967,
      0.276238,
      0.071573,
      0.191095,
      -0.086546,
      -0.09939,
      0.058012
    ]
  ],
  "temperature": 0.5,
  "trainedOn": 200
};
