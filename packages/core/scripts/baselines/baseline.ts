import type { Orientation } from '../../src/schemas/vocabulary.ts';
import type { GoldLabel } from '../eval/orientation-metrics.ts';

/** A labelled training text. */
export interface Example {
  text: string;
  label: GoldLabel;
}

/** A trained baseline: text in, orientation out ('undetermined' when it cannot decide). */
export type Predict = (text: string) => Orientation;

/** A generic text classifier a developer might reach for instead of Marketlens. */
export interface Baseline {
  /** short name for tables */
  name: string;
  /** what it is and how its text is prepared */
  description: string;
  /** trains a fresh model on `examples` and returns its predict function */
  train: (examples: readonly Example[]) => Predict;
}

/** Maps a baseline's raw label to an orientation; anything unexpected is 'undetermined'. */
export function toOrientation(label: unknown): Orientation {
  return label === 'customer' || label === 'consumer' || label === 'hybrid'
    ? label
    : 'undetermined';
}
