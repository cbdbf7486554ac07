/**
 * The customer ↔ consumer gauge as a row of characters: the customer pole on the left, the
 * consumer pole on the right, a marker where the text sits.
 *
 * @module
 */

/** Cells of a gauge `width` characters wide, with `●` at the position of `customerShare`. */
export function gaugeCells(customerShare: number, width: number): string {
  const cells = Math.max(3, Math.floor(width));
  const share = Number.isFinite(customerShare) ? Math.min(1, Math.max(0, customerShare)) : 0.5;
  const marker = Math.round((1 - share) * (cells - 1));
  let out = '';
  for (let i = 0; i < cells; i += 1) out += i === marker ? '●' : '─';
  return out;
}

/** `customer ──●──── consumer`, sized to fit `width` columns in total. */
export function gaugeLine(customerShare: number, width: number): string {
  const left = 'customer ';
  const right = ' consumer';
  return `${left}${gaugeCells(customerShare, Math.max(10, width - left.length - right.length))}${right}`;
}
