/**
 * The object cache: what a page's loaders read from the database (the article with its
 * image and related news, a home page's blocks, one page of a list), kept by page key under
 * the same cache tags and expiry as the page itself. The page cache keeps rendered bytes by
 * URL; this keeps the data one layer below, so a page whose bytes are not cached (first
 * visit, a URL variant, the page cache turned off, or a burst of invalidations on breaking
 * news) is rendered without going back to the database.
 *
 * Concurrent misses of one key share a single load (no stampede on a hot page that was just
 * invalidated). A load that was running when one of its tags was invalidated is handed to
 * its waiters but not kept, so the cache never stores data older than an invalidation.
 * Disabled with CHAPAR_OBJECT_CACHE=0: every call loads.
 */
import { TaggedCache } from './tagged-cache.js';

export interface Loaded<T> {
  value: T;
  /** Cache tags of everything the value holds (as the page would carry). */
  tags: string[];
  /** How long the value may be kept, in ms. */
  ttlMs: number;
  /** Rough size in bytes, counted against the cache's byte budget. */
  size: number;
}

export class ObjectCache {
  private readonly cache: TaggedCache<unknown>;
  private readonly pending = new Map<string, Promise<unknown>>();
  /** Bumped by every invalidation: a load started under an older generation is not kept. */
  private generation = 0;

  constructor(
    readonly enabled: boolean,
    opts: { maxEntries?: number; maxBytes?: number } = {},
  ) {
    this.cache = new TaggedCache({ maxEntries: opts.maxEntries ?? 20_000, maxBytes: opts.maxBytes ?? 128 * 1024 * 1024 });
  }

  get size(): number {
    return this.cache.size;
  }

  /** The cached value under `key`, if any (no load; lets a hot path skip an await). */
  peek<T>(key: string): T | undefined {
    return this.enabled ? (this.cache.get(key) as T | undefined) : undefined;
  }

  /** The cached value under `key`, or the result of `load` (kept when still current). */
  async remember<T>(key: string, load: () => Promise<Loaded<T>>): Promise<T> {
    if (!this.enabled) return (await load()).value;
    const hit = this.cache.get(key) as T | undefined;
    if (hit !== undefined) return hit;
    const running = this.pending.get(key) as Promise<T> | undefined;
    if (running) return running;
    const gen = this.generation;
    const p = load().then(
      (r) => {
        if (this.pending.get(key) === p) this.pending.delete(key);
        if (gen === this.generation) this.cache.set(key, r.value, { tags: r.tags, expires: Date.now() + r.ttlMs, size: r.size });
        return r.value;
      },
      (err: unknown) => {
        if (this.pending.get(key) === p) this.pending.delete(key);
        throw err;
      },
    );
    this.pending.set(key, p);
    return p;
  }

  /** Drops every value carrying one of the tags; loads in flight are not kept. */
  invalidate(tags: Iterable<string>): number {
    this.generation++;
    this.pending.clear();
    return this.cache.invalidate(tags);
  }

  clear(): void {
    this.generation++;
    this.pending.clear();
    this.cache.clear();
  }

  tagsOf(key: string): readonly string[] | undefined {
    return this.cache.tagsOf(key);
  }
}
