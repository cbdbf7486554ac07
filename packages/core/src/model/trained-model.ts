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
      0.598493,
      0.298993,
      0.581448,
      -0.54793,
      -0.193068,
      0.442421,
      -0.617689,
      -0.313127,
      -0.12823,
      -0.21029,
      -0.152739,
      -0.275466,
      -0.354739,
      0.322274,
      0.198931,
      0.321113,
      0.442811,
      0.249838,
      0.117745
    ],
    [
      1.228985,
      -0.303111,
      -0.888845,
      0.326556,
      -0.322137,
      -0.587122,
      0.409829,
      -0.250074,
      -0.144367,
      0.001817,
      -0.167487,
      -0.202554,
      -0.076425,
      -0.323065,
      -0.286488,
      -0.325299,
      -0.342201,
      -0.271588,
      -0.143567
    ],
    [
      -1.827478,
      0.004119,
      0.307397,
      0.221375,
      0.515205,
      0.144701,
      0.20786,
      0.563201,
      0.272597,
      0.208473,
      0.320227,
      0.478019,
      0.431164,
      0.000791,
      0.087557,
      0.004187,
      -0.10061,
      0.02175,
      0.025822
    ]
  ],
  "temperature": 0.7,
  "trainedOn": 1090
};
