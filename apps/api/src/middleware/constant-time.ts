/**
 * A portable constant-time string comparison (no `node:crypto`, so it runs on Workers too).
 *
 * @module
 */

const encoder = new TextEncoder();

/**
 * True when `given` equals `expected`, in time that depends only on the lengths, never on where
 * the first difference is. Lengths are compared inside the same loop, so a wrong length does not
 * return early either.
 *
 * @example
 * ```ts
 * timingSafeEqual('s3cret', request.token); // false, after the same work as a near miss
 * ```
 */
export function timingSafeEqual(given: string, expected: string): boolean {
  const a = encoder.encode(given);
  const b = encoder.encode(expected);
  const length = Math.max(a.length, b.length);
  // Zero-padded copies of one length: every byte is compared, with no early exit or branch.
  const x = new Uint8Array(length);
  const y = new Uint8Array(length);
  x.set(a);
  y.set(b);
  let difference = a.length ^ b.length;
  for (let i = 0; i < length; i++) difference |= (x[i] as number) ^ (y[i] as number);
  return difference === 0;
}
