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
      0.565737,
      0.294398,
      0.599541,
      -0.516758,
      -0.181792,
      0.413545,
      -0.633546,
      -0.314377,
      -0.093597,
      -0.200191,
      -0.140433,
      -0.244709,
      -0.285734,
      0.242098,
      0.108436,
      0.3861,
      0.438184,
      0.26411,
      0.188149
    ],
    [
      1.339085,
      -0.313185,
      -0.860008,
      0.350174,
      -0.242171,
      -0.622669,
      0.230203,
      -0.289078,
      -0.10665,
      -0.014069,
      -0.107862,
      -0.132212,
      -0.116837,
      -0.271816,
      -0.232953,
      -0.384197,
      -0.402139,
      -0.273426,
      -0.193382
    ],
    [
      -1.904821,
      0.018788,
      0.260467,
      0.166584,
      0.423963,
      0.209124,
      0.403343,
      0.603455,
      0.200247,
      0.214259,
      0.248295,
      0.376921,
      0.402571,
      0.029718,
      0.124517,
      -0.001903,
      -0.036045,
      0.009317,
      0.005233
    ]
  ],
  "temperature": 0.75,
  "trainedOn": 1730
};
