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
      0.548957,
      0.299775,
      0.604152,
      -0.525336,
      -0.165318,
      0.422474,
      -0.637103,
      -0.315029,
      -0.102907,
      -0.200147,
      -0.168619,
      -0.240621,
      -0.289978,
      0.215395,
      0.120072,
      0.410219,
      0.426957,
      0.26576,
      0.187282
    ],
    [
      1.436286,
      -0.324774,
      -0.884602,
      0.331154,
      -0.23524,
      -0.627727,
      0.213927,
      -0.303593,
      -0.116451,
      -0.042493,
      -0.113959,
      -0.13172,
      -0.101187,
      -0.25736,
      -0.219093,
      -0.399665,
      -0.402692,
      -0.289239,
      -0.205328
    ],
    [
      -1.985244,
      0.024999,
      0.28045,
      0.194182,
      0.400558,
      0.205253,
      0.423176,
      0.618622,
      0.219358,
      0.24264,
      0.282577,
      0.372341,
      0.391165,
      0.041965,
      0.099021,
      -0.010554,
      -0.024265,
      0.023479,
      0.018046
    ]
  ],
  "temperature": 0.7,
  "trainedOn": 2050
};
