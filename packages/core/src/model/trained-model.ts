import type { OrientationModel } from './orientation-model.ts';

/**
 * The orientation model shipped with the package, fitted by `scripts/train.ts` on
 * fixtures/briefs.dev.jsonl, fixtures/briefs.holdout.jsonl. Generated: do not edit by hand.
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
    "rolesDiffer",
    "scopeLean",
    "audienceLean",
    "focusLean",
    "relationshipLean",
    "emphasisLean"
  ],
  "weights": [
    [
      0.847193,
      0.246511,
      0.509338,
      -0.523886,
      -0.19152,
      0.458248,
      -0.662813,
      -0.37504,
      -0.18954,
      -0.112821,
      -0.162436,
      -0.442363,
      0.223679,
      0.12142,
      0.389167,
      0.434715,
      0.404983
    ],
    [
      0.685287,
      -0.252364,
      -0.720148,
      0.472516,
      -0.2536,
      -0.650852,
      0.424447,
      -0.364366,
      -0.106406,
      -0.084816,
      -0.307777,
      0.061436,
      -0.324451,
      -0.319421,
      -0.387241,
      -0.273543,
      -0.264988
    ],
    [
      -1.53248,
      0.005853,
      0.21081,
      0.05137,
      0.44512,
      0.192604,
      0.238365,
      0.739406,
      0.295946,
      0.197637,
      0.470213,
      0.380928,
      0.100772,
      0.198001,
      -0.001926,
      -0.161172,
      -0.139995
    ]
  ],
  "temperature": 0.75,
  "trainedOn": 360
};
