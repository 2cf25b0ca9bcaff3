/**
 * Memoizes a pure function of a string. Words repeat heavily in news text, so the text engine
 * keeps per-word decisions; the memo is cleared when it holds `max` entries, so memory stays
 * flat on unbounded input.
 */
export function boundedMemo<V extends {} | null>(fn: (key: string) => V, max: number): (key: string) => V {
  const memo = new Map<string, V>();
  return (key) => {
    const hit = memo.get(key); // one lookup: `fn` never returns undefined (use null for "none")
    if (hit !== undefined) return hit;
    const v = fn(key);
    if (memo.size >= max) memo.clear();
    memo.set(key, v);
    return v;
  };
}
