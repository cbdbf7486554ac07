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
      0.703358,
      0.298781,
      0.622364,
      -0.495929,
      -0.134898,
      0.372897,
      -0.662759,
      -0.336896,
      -0.100281,
      -0.205304,
      -0.131452,
      -0.238733,
      -0.376475,
      0.278571,
      0.135448,
      0.347923,
      0.396563,
      0.266185,
      0.186279
    ],
    [
      1.289191,
      -0.3197,
      -0.859643,
      0.392778,
      -0.296124,
      -0.621555,
      0.223378,
      -0.328489,
      -0.13279,
      -0.023838,
      -0.104716,
      -0.120952,
      -0.040556,
      -0.268009,
      -0.263717,
      -0.351945,
      -0.381018,
      -0.31533,
      -0.19302
    ],
    [
      -1.992549,
      0.020919,
      0.237279,
      0.103151,
      0.431021,
      0.248658,
      0.439382,
      0.665385,
      0.233071,
      0.229142,
      0.236168,
      0.359686,
      0.417032,
      -0.010563,
      0.128269,
      0.004022,
      -0.015545,
      0.049145,
      0.00674
    ]
  ],
  "temperature": 0.7,
  "trainedOn": 1410
};
