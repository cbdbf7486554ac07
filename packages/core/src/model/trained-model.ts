import type { OrientationModel } from './orientation-model.ts';

/**
 * The orientation model shipped with the package, fitted by `scripts/train.ts` on
 * fixtures/briefs.dev.jsonl, fixtures/briefs.holdout.jsonl, fixtures/briefs.tuning-a.jsonl, fixtures/briefs.tuning-b.jsonl. Generated: do not edit by hand.
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
    "emphasisLean"
  ],
  "weights": [
    [
      0.839644,
      0.264372,
      0.4761,
      -0.532185,
      -0.229926,
      0.545434,
      -0.64907,
      -0.281832,
      -0.139493,
      -0.135408,
      -0.132395,
      -0.21934,
      -0.3902,
      0.305568,
      0.157441,
      0.411331,
      0.545538,
      0.208457
    ],
    [
      0.776395,
      -0.279132,
      -0.797079,
      0.36933,
      -0.306058,
      -0.582292,
      0.484382,
      -0.320792,
      -0.147525,
      -0.085927,
      -0.201765,
      -0.20975,
      -0.028628,
      -0.349387,
      -0.287765,
      -0.356138,
      -0.383497,
      -0.239698
    ],
    [
      -1.616039,
      0.01476,
      0.320979,
      0.162855,
      0.535984,
      0.036858,
      0.164688,
      0.602624,
      0.287018,
      0.221335,
      0.33416,
      0.42909,
      0.418828,
      0.043818,
      0.130324,
      -0.055193,
      -0.162041,
      0.031241
    ]
  ],
  "temperature": 0.7,
  "trainedOn": 680
};
