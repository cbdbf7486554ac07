/**
 * A confidence as the whole percentage a person is shown, rounded down from the thousandths the
 * result carries: 0.995 is 99, never a certainty the model did not give, and 0.57 is 57 (0.57 ×
 * 100 is 56.99… in floating point). The summary and the CLI both show it so.
 */
export const confidencePercent = (confidence: number): number =>
  Math.floor(Math.round(confidence * 1000) / 10);
