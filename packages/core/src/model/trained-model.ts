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
    "declaredWithBothPoles",
    "rolesDiffer",
    "scopeLean",
    "audienceLean",
    "focusLean",
    "relationshipLean",
    "emphasisLean"
  ],
  "weights": [
    [
      0.840156,
      0.247276,
      0.516375,
      -0.51686,
      -0.188327,
      0.455128,
      -0.664539,
      -0.375286,
      -0.190907,
      -0.104923,
      -0.133522,
      -0.178161,
      -0.440106,
      0.221053,
      0.128292,
      0.380306,
      0.43505,
      0.403402
    ],
    [
      0.669345,
      -0.250816,
      -0.705131,
      0.478292,
      -0.250534,
      -0.656099,
      0.424736,
      -0.369299,
      -0.107412,
      -0.075017,
      -0.271272,
      -0.228015,
      0.068442,
      -0.325792,
      -0.311156,
      -0.386621,
      -0.274336,
      -0.267587
    ],
    [
      -1.5095,
      0.00354,
      0.188756,
      0.038568,
      0.438861,
      0.200971,
      0.239804,
      0.744585,
      0.298319,
      0.17994,
      0.404794,
      0.406176,
      0.371664,
      0.104738,
      0.182865,
      0.006315,
      -0.160714,
      -0.135815
    ]
  ],
  "temperature": 0.75,
  "trainedOn": 360
};
