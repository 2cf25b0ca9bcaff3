/**
 * The in-process page cache: rendered responses keyed by URL, each carrying the cache tags
 * of what it shows (`article:42`, `section:7`, `home:fa`, `feed:fa`…). A content change
 * announces the tags it made stale and exactly the pages carrying one of them are dropped
 * (`invalidate`), so the next reader gets a fresh render. Invalidation is a plain function
 * of tags, so a relay from other processes (Redis pub/sub) can call it too.
 */
import { createHash } from 'node:crypto';

export interface CachedPage {
  status: number;
  /** The exact bytes sent, rendered once. */
  body: Buffer;
  etag: string;
  /** Headers of the 200 answer (content-type, etag, cache-control, content-length). */
  headers: Record<string, string>;
  /** Headers of a 304 answer (etag, cache-control). */
  headers304: Record<string, string>;
  tags: readonly string[];
  /** Epoch ms after which the page is rendered again (views, breaking news expire). */
  expires: number;
}

export interface PageCacheOptions {
  /** Most pages kept; the least recently stored is dropped first. */
  maxEntries?: number;
  /** Most bytes kept over all pages. */
  maxBytes?: number;
}

/** A strong ETag over the body: a short hash, cheap next to rendering. */
export function etagOf(body: Buffer | string): string {
  return `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
}

export class PageCache {
  private pages = new Map<string, CachedPage>();
  private byTag = new Map<string, Set<string>>();
  private bytes = 0;
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  /** How many pages were dropped by invalidation (for tests and metrics). */
  invalidated = 0;

  constructor(opts: PageCacheOptions = {}) {
    this.maxEntries = opts.maxEntries ?? 20_000;
    this.maxBytes = opts.maxBytes ?? 512 * 1024 * 1024;
  }

  get size(): number {
    return this.pages.size;
  }

  /** The live page under a URL, or undefined (an expired page is dropped). */
  get(url: string, now = Date.now()): CachedPage | undefined {
    const p = this.pages.get(url);
    if (p === undefined) return undefined;
    if (p.expires <= now) {
      this.delete(url);
      return undefined;
    }
    return p;
  }

  set(url: string, page: CachedPage): void {
    this.delete(url);
    this.pages.set(url, page);
    this.bytes += page.body.length;
    for (const t of page.tags) {
      let s = this.byTag.get(t);
      if (!s) this.byTag.set(t, (s = new Set()));
      s.add(url);
    }
    // Map iteration order is insertion order: the first keys are the oldest pages.
    while (this.pages.size > this.maxEntries || this.bytes > this.maxBytes) {
      const oldest = this.pages.keys().next().value;
      if (oldest === undefined) break;
      this.delete(oldest);
    }
  }

  delete(url: string): void {
    const p = this.pages.get(url);
    if (!p) return;
    this.pages.delete(url);
    this.bytes -= p.body.length;
    for (const t of p.tags) {
      const s = this.byTag.get(t);
      if (!s) continue;
      s.delete(url);
      if (!s.size) this.byTag.delete(t);
    }
  }

  /** Drops every page carrying one of the tags; returns how many were dropped. */
  invalidate(tags: Iterable<string>): number {
    let n = 0;
    for (const t of tags) {
      const urls = this.byTag.get(t);
      if (!urls) continue;
      for (const url of [...urls]) {
        this.delete(url);
        n++;
      }
    }
    this.invalidated += n;
    return n;
  }

  /** Drops everything (e.g. after sections were renamed). */
  clear(): void {
    this.pages.clear();
    this.byTag.clear();
    this.bytes = 0;
  }

  /** The tags stored for a URL (tests, debugging). */
  tagsOf(url: string): readonly string[] | undefined {
    return this.pages.get(url)?.tags;
  }
}
