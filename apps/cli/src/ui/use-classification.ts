/**
 * Classifies the text as the user types, debounced: the result follows the text once typing
 * pauses for `delayMs`.
 *
 * @module
 */
import { type Classification, classify } from '@marketlens/core';
import { useEffect, useState } from 'react';

/** The latest result, the text it belongs to, and whether a newer text is waiting. */
export type ClassificationState = {
  text: string;
  result?: Classification;
  error?: string;
  pending: boolean;
};

/** Turns a text into a result; the core's `classify` unless a test injects another. */
export type Classifier = (text: string) => Classification;

function run(text: string, classifier: Classifier): Omit<ClassificationState, 'pending'> {
  try {
    return { text, result: classifier(text) };
  } catch (error) {
    return { text, error: (error as Error).message };
  }
}

/** Debounced classification of `text`. */
export function useClassification(
  text: string,
  delayMs = 150,
  classifier: Classifier = classify,
): ClassificationState {
  const [state, setState] = useState(() => run(text, classifier));
  useEffect(() => {
    if (text === state.text) return;
    const timer = setTimeout(() => setState(run(text, classifier)), delayMs);
    return () => clearTimeout(timer);
  }, [text, state.text, delayMs, classifier]);
  return { ...state, pending: state.text !== text };
}
