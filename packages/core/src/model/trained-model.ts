import type { OrientationModel } from './orientation-model.ts';

/**
 * The orientation model shipped with the package, fitted by `scripts/train.ts` on
 * fixtures/briefs.dev.jsonl, fixtures/briefs.holdout.jsonl, fixtures/briefs.tuning-a.jsonl, fixtures/briefs.tuning-b.jsonl, fixtures/briefs.tuning-c.jsonl, fixtures/briefs.tuning-d.jsonl. Generated: do not edit by hand.
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
      0.623689,
      0.286136,
      0.546059,
      -0.526717,
      -0.229639,
      0.48063,
      -0.629903,
      -0.341421,
      -0.114814,
      -0.130074,
      -0.16487,
      -0.295889,
      -0.327245,
      0.340574,
      0.170081,
      0.388684,
      0.44407,
      0.242922,
      0.109065
    ],
    [
      1.065311,
      -0.303343,
      -0.87164,
      0.335493,
      -0.325207,
      -0.580874,
      0.457622,
      -0.265518,
      -0.145421,
      -0.075136,
      -0.156248,
      -0.173507,
      -0.031919,
      -0.324023,
      -0.315945,
      -0.317352,
      -0.362057,
      -0.260119,
      -0.127515
    ],
    [
      -1.689001,
      0.017207,
      0.325582,
      0.191224,
      0.554846,
      0.100244,
      0.172282,
      0.606939,
      0.260235,
      0.20521,
      0.321117,
      0.469396,
      0.359164,
      -0.016551,
      0.145864,
      -0.071332,
      -0.082013,
      0.017197,
      0.01845
    ]
  ],
  "temperature": 0.7,
  "trainedOn": 1000
};
