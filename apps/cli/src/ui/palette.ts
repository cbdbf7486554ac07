/**
 * Whether the UI may colour, for every component below the app: off with `NO_COLOR` (see
 * `shouldColor`). Text attributes (bold, underline, inverse, dim) stay: they carry what colour
 * would, such as the cursor and the pole of a highlighted word.
 *
 * @module
 */
import type { Pole } from '@marketlens/core';
import { createContext, useContext } from 'react';
import { colorOf } from '../format/vocabulary.ts';

/** True when the UI colours (the default). */
export const ColorContext = createContext(true);

/** A function that passes a colour through, or drops it when colour is off. */
export function usePaint(): <C extends string>(color: C | undefined) => C | undefined {
  const enabled = useContext(ColorContext);
  return (color) => (enabled ? color : undefined);
}

/**
 * How a pole looks beyond its colour, so the two stay apart without one: customer underlined,
 * consumer bold.
 */
export function poleStyle(pole: Pole): { underline?: boolean; bold?: boolean } {
  return pole === 'customer' ? { underline: true } : { bold: true };
}

/**
 * How a pole's words look in the UI: its colour when colour is on, and its mark
 * ({@link poleStyle}) either way.
 */
export function usePoleLook(): (pole: Pole) => {
  color: string | undefined;
  underline?: boolean;
  bold?: boolean;
} {
  const paint = usePaint();
  return (pole) => ({ color: paint(colorOf(pole)), ...poleStyle(pole) });
}
