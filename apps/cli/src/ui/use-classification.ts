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

function run(text: string): Omit<ClassificationState, 'pending'> {
  try {
    return { text, result: classify(text) };
  } catch (error) {
    return { text, error: (error as Error).message };
  }
}

/** Debounced classification of `text`. */
export function useClassification(text: string, delayMs = 150): ClassificationState {
  const [state, setState] = useState(() => run(text));
  useEffect(() => {
    if (text === state.text) return;
    const timer = setTimeout(() => setState(run(text)), delayMs);
    return () => clearTimeout(timer);
  }, [text, state.text, delayMs]);
  return { ...state, pending: state.text !== text };
}
