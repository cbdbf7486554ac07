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
      0.690355,
      0.297659,
      0.620324,
      -0.496743,
      -0.150136,
      0.376838,
      -0.663349,
      -0.340541,
      -0.101544,
      -0.20368,
      -0.130475,
      -0.237085,
      -0.369431,
      0.281551,
      0.135574,
      0.347969,
      0.398011,
      0.255462,
      0.187238
    ],
    [
      1.303128,
      -0.316269,
      -0.847137,
      0.395118,
      -0.273745,
      -0.631272,
      0.222232,
      -0.323855,
      -0.128625,
      -0.02685,
      -0.107573,
      -0.125736,
      -0.052187,
      -0.275739,
      -0.269085,
      -0.354189,
      -0.389863,
      -0.283293,
      -0.194297
    ],
    [
      -1.993483,
      0.01861,
      0.226814,
      0.101625,
      0.423882,
      0.254434,
      0.441116,
      0.664396,
      0.230169,
      0.23053,
      0.238048,
      0.362821,
      0.421618,
      -0.005812,
      0.133511,
      0.00622,
      -0.008148,
      0.027831,
      0.007059
    ]
  ],
  "temperature": 0.7,
  "trainedOn": 1410
};
