/**
 * A bounded in-process cache whose entries carry cache tags (`article:42`, `section:7`,
 * `home:fa`…) and an expiry. A content change announces the tags it made stale and exactly
 * the entries carrying one of them are dropped. The page cache (rendered bytes by URL) and
 * the object cache (what a page's loaders read, by page key) are both built on it.
 */

interface Entry<V> {
  value: V;
  tags: readonly string[];
  /** Epoch ms after which the entry is dropped on read. */
  expires: number;
  /** Cost counted against maxBytes. */
  size: number;
}

export interface TaggedCacheOptions {
  /** Most entries kept; the least recently stored is dropped first. */
  maxEntries: number;
  /** Most bytes (as sized by the caller) kept over all entries. */
  maxBytes: number;
}

export class TaggedCache<V> {
  private entries = new Map<string, Entry<V>>();
  private byTag = new Map<string, Set<string>>();
  private bytes = 0;
  /** How many entries were dropped by invalidation (for tests and metrics). */
  invalidated = 0;

  constructor(private readonly opts: TaggedCacheOptions) {}

  get size(): number {
    return this.entries.size;
  }

  /** The live value under a key, or undefined (an expired entry is dropped). */
  get(key: string, now = Date.now()): V | undefined {
    const e = this.entries.get(key);
    if (e === undefined) return undefined;
    if (e.expires <= now) {
      this.delete(key);
      return undefined;
    }
    return e.value;
  }

  set(key: string, value: V, o: { tags: readonly string[]; expires: number; size?: number }): void {
    this.delete(key);
    const size = o.size ?? 0;
    this.entries.set(key, { value, tags: o.tags, expires: o.expires, size });
    this.bytes += size;
    for (const t of o.tags) {
      let s = this.byTag.get(t);
      if (!s) this.byTag.set(t, (s = new Set()));
      s.add(key);
    }
    // Map iteration order is insertion order: the first keys are the oldest entries.
    while (this.entries.size > this.opts.maxEntries || this.bytes > this.opts.maxBytes) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.delete(oldest);
    }
  }

  delete(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.delete(key);
    this.bytes -= e.size;
    for (const t of e.tags) {
      const s = this.byTag.get(t);
      if (!s) continue;
      s.delete(key);
      if (!s.size) this.byTag.delete(t);
    }
  }

  /** Drops every entry carrying one of the tags; returns how many were dropped. */
  invalidate(tags: Iterable<string>): number {
    let n = 0;
    for (const t of tags) {
      const keys = this.byTag.get(t);
      if (!keys) continue;
      for (const key of [...keys]) {
        this.delete(key);
        n++;
      }
    }
    this.invalidated += n;
    return n;
  }

  /** Drops everything (e.g. after sections were renamed). */
  clear(): void {
    this.entries.clear();
    this.byTag.clear();
    this.bytes = 0;
  }

  /** The tags stored for a key (tests, debugging). */
  tagsOf(key: string): readonly string[] | undefined {
    return this.entries.get(key)?.tags;
  }
}
