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
      0.54104,
      0.300104,
      0.604965,
      -0.526887,
      -0.167183,
      0.424752,
      -0.633514,
      -0.311394,
      -0.101954,
      -0.200893,
      -0.171318,
      -0.246765,
      -0.292955,
      0.214439,
      0.120251,
      0.409082,
      0.428711,
      0.267315,
      0.187499
    ],
    [
      1.428956,
      -0.325735,
      -0.889921,
      0.330084,
      -0.237585,
      -0.620637,
      0.215663,
      -0.29641,
      -0.114846,
      -0.041374,
      -0.113756,
      -0.131739,
      -0.09967,
      -0.25758,
      -0.217851,
      -0.401146,
      -0.402464,
      -0.29102,
      -0.206077
    ],
    [
      -1.969996,
      0.025631,
      0.284956,
      0.196803,
      0.404769,
      0.195885,
      0.417851,
      0.607804,
      0.2168,
      0.242267,
      0.285074,
      0.378504,
      0.392626,
      0.043141,
      0.0976,
      -0.007936,
      -0.026247,
      0.023705,
      0.018579
    ]
  ],
  "temperature": 0.7,
  "trainedOn": 2050
};
