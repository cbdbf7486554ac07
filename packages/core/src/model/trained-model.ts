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
      0.607964,
      0.245888,
      0.584987,
      -0.426235,
      -0.193259,
      0.346042,
      -0.722051,
      -0.490476,
      -0.214113,
      -0.009676,
      -0.348566,
      0.252548,
      0.129582,
      0.288885,
      0.36577,
      0.270556
    ],
    [
      1.731633,
      -0.274795,
      -0.694355,
      0.414329,
      -0.121923,
      -0.850289,
      0.166745,
      -0.504905,
      -0.122485,
      -0.097007,
      0.069844,
      -0.337696,
      -0.274469,
      -0.241287,
      -0.247337,
      -0.235923
    ],
    [
      -2.339596,
      0.028908,
      0.109368,
      0.011906,
      0.315182,
      0.504247,
      0.555306,
      0.99538,
      0.336598,
      0.106682,
      0.278723,
      0.085148,
      0.144887,
      -0.047598,
      -0.118433,
      -0.034633
    ]
  ],
  "temperature": 0.45,
  "trainedOn": 200
};
