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

/**
 * A quick "maybe" before a string-set lookup on a hot path: one byte per (length mod 8, first
 * code unit's low byte, last code unit's low byte). A set lookup hashes each new word (every word
 * of a text is a new string); most words share none of these with a short set's members, so the
 * table answers "no" without hashing. A "yes" still needs the exact lookup.
 */
export function edgeTable(words: Iterable<string>): Uint8Array {
  const table = new Uint8Array(1 << 19);
  for (const w of words) if (w.length > 0) table[edgeKey(w)] = 1;
  return table;
}

/** The index of a non-empty string in an {@link edgeTable}. */
export function edgeKey(w: string): number {
  return ((w.length & 7) << 16) | ((w.charCodeAt(0) & 0xff) << 8) | (w.charCodeAt(w.length - 1) & 0xff);
}
