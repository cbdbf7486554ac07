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
      0.626642,
      0.284719,
      0.557033,
      -0.538002,
      -0.209291,
      0.451511,
      -0.606586,
      -0.309476,
      -0.135978,
      -0.181157,
      -0.154022,
      -0.276526,
      -0.36641,
      0.328734,
      0.194986,
      0.305665,
      0.439545,
      0.236198,
      0.118041
    ],
    [
      1.216765,
      -0.295871,
      -0.8772,
      0.322868,
      -0.306987,
      -0.599418,
      0.401373,
      -0.26356,
      -0.137478,
      -0.02847,
      -0.170195,
      -0.207341,
      -0.039322,
      -0.324643,
      -0.285298,
      -0.321324,
      -0.356995,
      -0.25468,
      -0.145826
    ],
    [
      -1.843407,
      0.011152,
      0.320167,
      0.215134,
      0.516278,
      0.147907,
      0.205213,
      0.573036,
      0.273456,
      0.209628,
      0.324217,
      0.483867,
      0.405732,
      -0.004091,
      0.090312,
      0.015659,
      -0.08255,
      0.018482,
      0.027784
    ]
  ],
  "temperature": 0.7,
  "trainedOn": 1090
};
