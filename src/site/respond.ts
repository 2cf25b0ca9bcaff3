/**
 * Sending pages: render once to bytes, add ETag and Cache-Control (public, short max-age,
 * stale-while-revalidate, so nginx or a CDN can sit in front), answer 304 on If-None-Match,
 * and keep the bytes in the page cache under the page's tags.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { etagOf, type CachedPage } from './page-cache/page-cache.js';
import type { Site } from './site.js';

export interface SendOptions {
  status?: number;
  type?: string;
  /** Cache tags of everything the page shows (a function: only computed when the page is kept). */
  tags: string[] | (() => string[]);
  /** Browser/CDN freshness in seconds. */
  maxAge?: number;
  /** How long the in-process cache may keep the page, in ms (views and breaking news age). */
  ttlMs?: number;
  /** Whether this URL may be kept in the page cache (false for unbounded query strings). */
  cacheable?: boolean;
}

const DOCTYPE = '<!DOCTYPE html>';

/** Renders a page component tree to the bytes sent. */
export function renderHtml(tree: VNode): Buffer {
  return Buffer.from(DOCTYPE + renderToString(tree));
}

export function cacheControl(maxAge: number): string {
  return `public, max-age=${maxAge}, stale-while-revalidate=${maxAge * 10}, stale-if-error=86400`;
}

/** Sends bytes with validators; stores 200s in the page cache. */
export function sendBytes(site: Site, req: FastifyRequest, reply: FastifyReply, body: Buffer, opts: SendOptions): FastifyReply {
  const status = opts.status ?? 200;
  const etag = etagOf(body);
  const cc = status === 200 ? cacheControl(opts.maxAge ?? 60) : status === 410 ? 'public, max-age=300' : status === 404 ? 'public, max-age=30' : 'no-store';
  const headers: Record<string, string> = {
    'content-type': opts.type ?? 'text/html; charset=utf-8',
    'cache-control': cc,
    etag,
    'x-content-type-options': 'nosniff',
  };
  if (status === 200 && site.cache && opts.cacheable !== false) {
    const page: CachedPage = {
      status,
      // A rendered page is a view into a shared slab: keep a copy of its own.
      body: Buffer.from(body),
      etag,
      headers: { ...headers, 'content-length': String(body.length) },
      headers304: { etag, 'cache-control': cc },
      tags: typeof opts.tags === 'function' ? opts.tags() : opts.tags,
      expires: Date.now() + (opts.ttlMs ?? 5 * 60_000),
    };
    site.cache.set(req.url, page);
  }
  if (status === 200 && req.headers['if-none-match'] === etag) {
    return reply.code(304).headers({ etag, 'cache-control': cc }).send();
  }
  if (status !== 200) return reply.code(status).headers(headers).send(body);
  // The bytes are final: write them straight to the socket, as the cache-hit hook does.
  headers['content-length'] = String(body.length);
  reply.hijack();
  reply.raw.writeHead(200, headers);
  reply.raw.end(req.method === 'HEAD' ? undefined : body);
  return reply;
}
