/**
 * A tiny ANSI colour palette: no dependency, nothing loaded at start-up. Colour is on only when
 * the output is a terminal and `NO_COLOR` is unset (https://no-color.org); `FORCE_COLOR` forces it.
 *
 * @module
 */

/** Functions that wrap a string in one style, or return it unchanged when colour is off. */
export type Colors = {
  enabled: boolean;
  bold: (s: string) => string;
  dim: (s: string) => string;
  underline: (s: string) => string;
  red: (s: string) => string;
  green: (s: string) => string;
  yellow: (s: string) => string;
  blue: (s: string) => string;
  magenta: (s: string) => string;
  cyan: (s: string) => string;
  gray: (s: string) => string;
};

const style =
  (enabled: boolean, open: number, close: number) =>
  (s: string): string =>
    enabled ? `\u001b[${open}m${s}\u001b[${close}m` : s;

/** A palette that colours or not. */
export function createColors(enabled: boolean): Colors {
  return {
    enabled,
    bold: style(enabled, 1, 22),
    dim: style(enabled, 2, 22),
    underline: style(enabled, 4, 24),
    red: style(enabled, 31, 39),
    green: style(enabled, 32, 39),
    yellow: style(enabled, 33, 39),
    blue: style(enabled, 34, 39),
    magenta: style(enabled, 35, 39),
    cyan: style(enabled, 36, 39),
    gray: style(enabled, 90, 39),
  };
}

/** Whether to colour a stream: a terminal, no `NO_COLOR`; `FORCE_COLOR` (not `0`) overrides. */
export function shouldColor(isTTY: boolean, env: Readonly<Record<string, string | undefined>>) {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}
