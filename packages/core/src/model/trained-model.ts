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
      0.626204,
      0.297521,
      0.576647,
      -0.548023,
      -0.195207,
      0.444911,
      -0.61458,
      -0.31307,
      -0.126055,
      -0.218741,
      -0.14511,
      -0.259882,
      -0.396434,
      0.326499,
      0.185835,
      0.319632,
      0.454739,
      0.24607,
      0.116108
    ],
    [
      1.239342,
      -0.302913,
      -0.891695,
      0.321782,
      -0.321519,
      -0.587484,
      0.40889,
      -0.249077,
      -0.142939,
      -0.000536,
      -0.168628,
      -0.203837,
      -0.059775,
      -0.320743,
      -0.287534,
      -0.327941,
      -0.339785,
      -0.270803,
      -0.140141
    ],
    [
      -1.865545,
      0.005392,
      0.315048,
      0.226241,
      0.516727,
      0.142574,
      0.20569,
      0.562147,
      0.268993,
      0.219277,
      0.313738,
      0.463719,
      0.45621,
      -0.005755,
      0.101699,
      0.008308,
      -0.114953,
      0.024733,
      0.024033
    ]
  ],
  "temperature": 0.7,
  "trainedOn": 1090
};
