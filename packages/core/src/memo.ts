/** How many entries a memo of words or chunks holds before it starts over. */
export const MEMO_LIMIT = 50_000;

/**
 * `compute`, remembered per key in `memo`. The memo changes speed, never results: `compute` must
 * be pure (or `memo` cleared when what it reads changes). A memo that reaches `limit` entries
 * starts over, which bounds the memory texts with an endless vocabulary can take.
 */
export function memoised<K, V>(
  compute: (key: K) => V,
  memo: Map<K, V> = new Map(),
  limit?: number,
): (key: K) => V {
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = compute(key);
      if (memo.size === limit) memo.clear();
      memo.set(key, value);
    }
    return value;
  };
}
