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
      0.641832,
      0.286921,
      0.547623,
      -0.529495,
      -0.235768,
      0.476165,
      -0.63815,
      -0.354227,
      -0.127773,
      -0.128085,
      -0.164124,
      -0.294597,
      -0.329612,
      0.347544,
      0.188678,
      0.372394,
      0.428941,
      0.241942,
      0.107236
    ],
    [
      1.065726,
      -0.30293,
      -0.866618,
      0.337442,
      -0.326089,
      -0.585461,
      0.461392,
      -0.269664,
      -0.139755,
      -0.074084,
      -0.157783,
      -0.17547,
      -0.033667,
      -0.327769,
      -0.316502,
      -0.316015,
      -0.360353,
      -0.256224,
      -0.127311
    ],
    [
      -1.707558,
      0.016009,
      0.318995,
      0.192053,
      0.561857,
      0.109296,
      0.176758,
      0.623892,
      0.267528,
      0.202169,
      0.321908,
      0.470067,
      0.363279,
      -0.019775,
      0.127825,
      -0.056379,
      -0.068588,
      0.014282,
      0.020075
    ]
  ],
  "temperature": 0.7,
  "trainedOn": 1000
};
