import type { OrientationModel } from './orientation-model.ts';

/**
 * The orientation model shipped with the package, fitted by `scripts/train.ts` on
 * fixtures/briefs.dev.jsonl, fixtures/briefs.holdout.jsonl, fixtures/briefs.tuning-a.jsonl, fixtures/briefs.tuning-b.jsonl, fixtures/briefs.tuning-c.jsonl, fixtures/briefs.tuning-d.jsonl, fixtures/briefs.tuning-g-segments.jsonl, fixtures/briefs.tuning-h.jsonl, fixtures/briefs.tuning-i.jsonl, fixtures/briefs.tuning-k.jsonl, fixtures/briefs.tuning-l.jsonl, fixtures/briefs.tuning-n.jsonl, fixtures/briefs.tuning-o.jsonl. Generated: do not edit by hand.
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
      0.540131,
      0.300951,
      0.605202,
      -0.526858,
      -0.16678,
      0.424417,
      -0.633442,
      -0.311022,
      -0.101948,
      -0.20145,
      -0.171262,
      -0.246749,
      -0.29287,
      0.214985,
      0.121908,
      0.407556,
      0.428797,
      0.267423,
      0.178983
    ],
    [
      1.428374,
      -0.32611,
      -0.88841,
      0.330922,
      -0.236221,
      -0.621279,
      0.214746,
      -0.29593,
      -0.115263,
      -0.040756,
      -0.113702,
      -0.131651,
      -0.102843,
      -0.258376,
      -0.226072,
      -0.391971,
      -0.404185,
      -0.291525,
      -0.197904
    ],
    [
      -1.968504,
      0.02516,
      0.283208,
      0.195936,
      0.403002,
      0.196862,
      0.418696,
      0.606952,
      0.217211,
      0.242205,
      0.284965,
      0.3784,
      0.395713,
      0.043391,
      0.104164,
      -0.015586,
      -0.024612,
      0.024102,
      0.018921
    ]
  ],
  "temperature": 0.7,
  "trainedOn": 2050
};
