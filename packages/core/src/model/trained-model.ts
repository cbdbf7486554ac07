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
      0.722461,
      0.230444,
      0.525413,
      -0.505454,
      -0.215334,
      0.434117,
      -0.655063,
      -0.40836,
      -0.183324,
      -0.09607,
      -0.15843,
      -0.411037,
      0.242317,
      0.109158,
      0.406502,
      0.412912,
      0.344288
    ],
    [
      0.817832,
      -0.241754,
      -0.726693,
      0.440657,
      -0.246573,
      -0.655417,
      0.420799,
      -0.362419,
      -0.088968,
      -0.089267,
      -0.322579,
      0.096128,
      -0.333968,
      -0.300926,
      -0.393334,
      -0.315926,
      -0.196291
    ],
    [
      -1.540294,
      0.011311,
      0.201279,
      0.064797,
      0.461907,
      0.221301,
      0.234264,
      0.770779,
      0.272293,
      0.185337,
      0.481009,
      0.314909,
      0.091651,
      0.191769,
      -0.013168,
      -0.096986,
      -0.147997
    ]
  ],
  "temperature": 0.75,
  "trainedOn": 360
};
