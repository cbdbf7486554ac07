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
      0.844861,
      0.247237,
      0.510483,
      -0.525182,
      -0.190786,
      0.45802,
      -0.66313,
      -0.3767,
      -0.188517,
      -0.113836,
      -0.162111,
      -0.439944,
      0.22389,
      0.121966,
      0.391229,
      0.434289,
      0.407493
    ],
    [
      0.679072,
      -0.252271,
      -0.72059,
      0.472236,
      -0.254531,
      -0.652624,
      0.425914,
      -0.367243,
      -0.107112,
      -0.085017,
      -0.308816,
      0.081051,
      -0.32589,
      -0.318739,
      -0.386075,
      -0.27465,
      -0.262835
    ],
    [
      -1.523934,
      0.005034,
      0.210108,
      0.052946,
      0.445317,
      0.194605,
      0.237216,
      0.743943,
      0.295629,
      0.198853,
      0.470926,
      0.358893,
      0.102001,
      0.196774,
      -0.005153,
      -0.159639,
      -0.144657
    ]
  ],
  "temperature": 0.75,
  "trainedOn": 360
};
