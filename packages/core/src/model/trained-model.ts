import type { OrientationModel } from './orientation-model.ts';

/**
 * The orientation model shipped with the package, fitted by `scripts/train.ts` on
 * fixtures/briefs.dev.jsonl, fixtures/briefs.holdout.jsonl, fixtures/briefs.tuning-a.jsonl, fixtures/briefs.tuning-b.jsonl, fixtures/briefs.tuning-c.jsonl, fixtures/briefs.tuning-d.jsonl, fixtures/briefs.tuning-g-segments.jsonl, fixtures/briefs.tuning-h.jsonl, fixtures/briefs.tuning-i.jsonl. Generated: do not edit by hand.
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
      0.710641,
      0.28837,
      0.617262,
      -0.487792,
      -0.13819,
      0.363619,
      -0.666073,
      -0.344413,
      -0.102693,
      -0.209475,
      -0.130658,
      -0.237377,
      -0.378334,
      0.277846,
      0.150555,
      0.355429,
      0.405115,
      0.239107,
      0.188654
    ],
    [
      1.288652,
      -0.306205,
      -0.841071,
      0.387154,
      -0.291759,
      -0.617333,
      0.225207,
      -0.324553,
      -0.127351,
      -0.021898,
      -0.107518,
      -0.125785,
      -0.045238,
      -0.270989,
      -0.282499,
      -0.361168,
      -0.396026,
      -0.269187,
      -0.19401
    ],
    [
      -1.999293,
      0.017835,
      0.22381,
      0.100638,
      0.429949,
      0.253713,
      0.440865,
      0.668965,
      0.230044,
      0.231373,
      0.238176,
      0.363162,
      0.423571,
      -0.006856,
      0.131944,
      0.005739,
      -0.009089,
      0.03008,
      0.005357
    ]
  ],
  "temperature": 0.7,
  "trainedOn": 1410
};
