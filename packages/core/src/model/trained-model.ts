import type { OrientationModel } from './orientation-model.ts';

/**
 * The orientation model shipped with the package, fitted by `scripts/train.ts` on
 * fixtures/briefs.dev.jsonl, fixtures/briefs.holdout.jsonl, fixtures/briefs.tuning-a.jsonl, fixtures/briefs.tuning-b.jsonl, fixtures/briefs.tuning-c.jsonl, fixtures/briefs.tuning-d.jsonl, fixtures/briefs.tuning-g-segments.jsonl, fixtures/briefs.tuning-h.jsonl, fixtures/briefs.tuning-i.jsonl, fixtures/briefs.tuning-k.jsonl, fixtures/briefs.tuning-l.jsonl. Generated: do not edit by hand.
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
      0.562509,
      0.306203,
      0.610779,
      -0.530672,
      -0.203029,
      0.426235,
      -0.633857,
      -0.318375,
      -0.091741,
      -0.211792,
      -0.139128,
      -0.243064,
      -0.277018,
      0.251238,
      0.10824,
      0.409544,
      0.433368,
      0.263258,
      0.1753
    ],
    [
      1.377496,
      -0.321096,
      -0.875607,
      0.352957,
      -0.239637,
      -0.637514,
      0.226324,
      -0.290798,
      -0.108159,
      -0.006615,
      -0.108412,
      -0.132359,
      -0.113356,
      -0.276012,
      -0.232735,
      -0.393701,
      -0.411959,
      -0.277483,
      -0.181131
    ],
    [
      -1.940004,
      0.014893,
      0.264828,
      0.177714,
      0.442666,
      0.211279,
      0.407533,
      0.609173,
      0.1999,
      0.218407,
      0.24754,
      0.375422,
      0.390374,
      0.024773,
      0.124496,
      -0.015843,
      -0.02141,
      0.014225,
      0.00583
    ]
  ],
  "temperature": 0.7,
  "trainedOn": 1730
};
