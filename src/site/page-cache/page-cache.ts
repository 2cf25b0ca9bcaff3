/**
 * The in-process page cache: rendered responses keyed by URL, each carrying the cache tags
 * of what it shows (`article:42`, `section:7`, `home:fa`, `feed:fa`…). A content change
 * announces the tags it made stale and exactly the pages carrying one of them are dropped
 * (`invalidate`), so the next reader gets a fresh render. Invalidation is a plain function
 * of tags, so a relay from other processes (Redis pub/sub) can call it too.
 */
import { hash } from 'node:crypto';
import { TaggedCache } from './tagged-cache.js';

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

/**
 * ETags already computed for bodies built elsewhere (pages rendered by views/render-page,
 * which hashes while encoding): looked up before hashing a body again.
 */
export const knownEtags = new WeakMap<Buffer, string>();

/** A strong ETag over the body: a short hash, cheap next to rendering. */
export function etagOf(body: Buffer | string): string {
  if (typeof body !== 'string') {
    const known = knownEtags.get(body);
    if (known !== undefined) return known;
  }
  return `"${hash('sha1', body, 'base64url').slice(0, 22)}"`;
}

/** Rendered pages by URL; a page's size is its byte length. */
export class PageCache extends TaggedCache<CachedPage> {
  constructor(opts: PageCacheOptions = {}) {
    super({ maxEntries: opts.maxEntries ?? 20_000, maxBytes: opts.maxBytes ?? 512 * 1024 * 1024 });
  }

  override set(url: string, page: CachedPage): void {
    super.set(url, page, { tags: page.tags, expires: page.expires, size: page.body.length });
  }
}
