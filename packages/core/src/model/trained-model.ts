import type { OrientationModel } from './orientation-model.ts';

/**
 * The orientation model shipped with the package, fitted by `scripts/train.ts` on
 * fixtures/briefs.dev.jsonl, fixtures/briefs.holdout.jsonl. Generated: do not edit by hand.
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
    "rolesDiffer",
    "scopeLean",
    "audienceLean",
    "focusLean",
    "relationshipLean",
    "emphasisLean"
  ],
  "weights": [
    [
      0.788287,
      0.236866,
      0.523165,
      -0.50703,
      -0.163008,
      0.438331,
      -0.660543,
      -0.365079,
      -0.183816,
      -0.107771,
      -0.159573,
      -0.464398,
      0.232584,
      0.137485,
      0.405776,
      0.442148,
      0.348692
    ],
    [
      0.775407,
      -0.240338,
      -0.730494,
      0.443998,
      -0.282695,
      -0.63598,
      0.41172,
      -0.37399,
      -0.11931,
      -0.088374,
      -0.315258,
      0.105555,
      -0.336376,
      -0.318596,
      -0.404493,
      -0.285237,
      -0.198893
    ],
    [
      -1.563694,
      0.003472,
      0.207329,
      0.063032,
      0.445703,
      0.197648,
      0.248823,
      0.739068,
      0.303126,
      0.196145,
      0.474832,
      0.358843,
      0.103793,
      0.181111,
      -0.001283,
      -0.15691,
      -0.149799
    ]
  ],
  "temperature": 0.75,
  "trainedOn": 360
};
