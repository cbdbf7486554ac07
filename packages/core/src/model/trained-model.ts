import type { OrientationModel } from './orientation-model.ts';

/**
 * The orientation model shipped with the package, fitted by `scripts/train.ts` on
 * fixtures/briefs.dev.jsonl, fixtures/briefs.holdout.jsonl, fixtures/briefs.tuning-a.jsonl, fixtures/briefs.tuning-b.jsonl, fixtures/briefs.tuning-c.jsonl, fixtures/briefs.tuning-d.jsonl, fixtures/briefs.tuning-g-segments.jsonl. Generated: do not edit by hand.
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
      0.595892,
      0.298268,
      0.583317,
      -0.542525,
      -0.192535,
      0.441595,
      -0.620165,
      -0.313824,
      -0.128237,
      -0.215416,
      -0.146499,
      -0.262137,
      -0.359071,
      0.326125,
      0.205286,
      0.315844,
      0.445727,
      0.2535,
      0.117748
    ],
    [
      1.230242,
      -0.303168,
      -0.889393,
      0.326499,
      -0.322732,
      -0.586155,
      0.408582,
      -0.250365,
      -0.144363,
      0.001809,
      -0.168525,
      -0.204127,
      -0.075507,
      -0.322709,
      -0.287057,
      -0.325069,
      -0.342397,
      -0.271745,
      -0.143358
    ],
    [
      -1.826134,
      0.0049,
      0.306076,
      0.216026,
      0.515267,
      0.144561,
      0.211583,
      0.564188,
      0.2726,
      0.213607,
      0.315024,
      0.466264,
      0.434578,
      -0.003416,
      0.081772,
      0.009225,
      -0.103329,
      0.018245,
      0.025611
    ]
  ],
  "temperature": 0.7,
  "trainedOn": 1090
};
