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
      0.515235,
      0.285455,
      0.600682,
      -0.48763,
      -0.170614,
      0.416261,
      -0.632304,
      -0.311575,
      -0.097644,
      -0.209142,
      -0.140823,
      -0.246554,
      -0.308367,
      0.246289,
      0.088642,
      0.390614,
      0.445795,
      0.246055,
      0.185238
    ],
    [
      1.366593,
      -0.302048,
      -0.863411,
      0.333153,
      -0.258135,
      -0.621081,
      0.234601,
      -0.28948,
      -0.107718,
      -0.009238,
      -0.108046,
      -0.132188,
      -0.099662,
      -0.274557,
      -0.224714,
      -0.3863,
      -0.404788,
      -0.267302,
      -0.19253
    ],
    [
      -1.881828,
      0.016594,
      0.26273,
      0.154477,
      0.428749,
      0.20482,
      0.397703,
      0.601054,
      0.205362,
      0.218379,
      0.24887,
      0.378742,
      0.408029,
      0.028268,
      0.136072,
      -0.004314,
      -0.041007,
      0.021247,
      0.007292
    ]
  ],
  "temperature": 0.75,
  "trainedOn": 1730
};
