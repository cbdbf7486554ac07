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
      0.727211,
      0.235709,
      0.528611,
      -0.508372,
      -0.211071,
      0.43808,
      -0.656115,
      -0.40493,
      -0.180174,
      -0.109754,
      -0.155739,
      -0.454144,
      0.241983,
      0.114573,
      0.406166,
      0.409305,
      0.355303
    ],
    [
      0.816655,
      -0.24317,
      -0.728213,
      0.442598,
      -0.247413,
      -0.655937,
      0.421518,
      -0.362912,
      -0.087164,
      -0.086962,
      -0.321647,
      0.099577,
      -0.333244,
      -0.301104,
      -0.392242,
      -0.315659,
      -0.201453
    ],
    [
      -1.543866,
      0.007461,
      0.199602,
      0.065774,
      0.458484,
      0.217857,
      0.234597,
      0.767841,
      0.267338,
      0.196716,
      0.477386,
      0.354567,
      0.091261,
      0.186531,
      -0.013924,
      -0.093647,
      -0.15385
    ]
  ],
  "temperature": 0.75,
  "trainedOn": 360
};
