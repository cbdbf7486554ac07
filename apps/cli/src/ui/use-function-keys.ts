/**
 * F1–F12 for Ink. `useInput` reports function keys with no name, so this listens to the raw
 * input events Ink parses (its stdin context's emitter) and maps the common F-key sequences.
 *
 * @module
 */
import type { EventEmitter } from 'node:events';
import { useStdin } from 'ink';
import { useEffect, useRef } from 'react';

const SEQUENCES: Record<string, number> = {
  '\u001bOP': 1,
  '\u001bOQ': 2,
  '\u001bOR': 3,
  '\u001bOS': 4,
  '\u001b[11~': 1,
  '\u001b[12~': 2,
  '\u001b[13~': 3,
  '\u001b[14~': 4,
  '\u001b[[A': 1,
  '\u001b[[B': 2,
  '\u001b[[C': 3,
  '\u001b[[D': 4,
  '\u001b[15~': 5,
  '\u001b[17~': 6,
  '\u001b[18~': 7,
  '\u001b[19~': 8,
};

/** The F-key number of a raw input sequence, if it is one. */
export function functionKeyOf(sequence: string): number | undefined {
  return SEQUENCES[sequence];
}

/** Calls `handler(n)` when Fn is pressed. */
export function useFunctionKeys(handler: (n: number) => void, isActive = true): void {
  const context = useStdin() as ReturnType<typeof useStdin> & {
    internal_eventEmitter?: EventEmitter;
  };
  const emitter = context.internal_eventEmitter;
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    if (!isActive || emitter === undefined) return;
    const onInput = (input: unknown) => {
      const n = typeof input === 'string' ? functionKeyOf(input) : undefined;
      if (n !== undefined) latest.current(n);
    };
    emitter.on('input', onInput);
    return () => {
      emitter.off('input', onInput);
    };
  }, [emitter, isActive]);
}
