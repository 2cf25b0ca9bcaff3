/**
 * The public news site: pages, feeds, sitemaps, the read API, assets and media, behind an
 * in-process page cache that content events invalidate by tag.
 */
import type { FastifyInstance } from 'fastify';
import type { Plugin } from '../app.js';
import type { AppDeps } from '../deps.js';
import { requestLang, toApiError } from '../platform/http-errors.js';
import { notFound } from '../platform/errors.js';
import { registerArticleApi } from './api/articles.js';
import { loadAssets } from './assets.js';
import { sendErrorPage } from './errors.js';
import { ObjectCache } from './page-cache/object-cache.js';
import { PageCache } from './page-cache/page-cache.js';
import { registerAssetRoutes } from './routes/assets.js';
import { registerFeedRoutes } from './routes/feeds.js';
import { registerPageRoutes } from './routes/pages.js';
import { createDataSource, type Site } from './site.js';
import { ViewCounter } from './view-counter.js';

/** What other modules (and tests, and a cross-process relay) may use of the site. */
export interface SiteService {
  /** Drops every cached page and object carrying one of these tags (e.g. ["article:42", "home:fa"]); returns the pages dropped. */
  invalidate(tags: string[]): number;
  cache: PageCache | null;
  objects: ObjectCache;
  views: ViewCounter;
}

/** Whether an If-None-Match header names this ETag. */
function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header === etag || header === '*') return true;
  return header.split(',').some((h) => h.trim().replace(/^W\//, '') === etag);
}

export function createSite(deps: AppDeps): Site {
  const cache = deps.config.pageCache ? new PageCache() : null;
  return {
    deps,
    cache,
    objects: new ObjectCache(deps.config.objectCache),
    assets: loadAssets(),
    views: new ViewCounter(deps.ctx, deps.logger),
    publicUrl: deps.config.publicUrl,
    defaultLang: deps.config.defaultLang,
    ...createDataSource(deps),
  };
}

/**
 * The cache-hit path, as an early onRequest hook: one Map lookup by URL, then either 304 or
 * the precomputed bytes and headers, written straight to the socket. Nothing else runs.
 */
function installCacheHook(app: FastifyInstance, cache: PageCache): void {
  app.addHook('onRequest', (req, reply, done) => {
    const m = req.method;
    if (m !== 'GET' && m !== 'HEAD') return done();
    const page = cache.get(req.url);
    if (page === undefined) return done();
    reply.hijack();
    const res = reply.raw;
    if (etagMatches(req.headers['if-none-match'], page.etag)) {
      res.writeHead(304, page.headers304);
      res.end();
      return;
    }
    res.writeHead(page.status, page.headers);
    res.end(m === 'HEAD' ? undefined : page.body);
  });
}

export const registerSite: Plugin = async (app, deps) => {
  const site = createSite(deps);
  if (site.cache) installCacheHook(app, site.cache);
  // Content changes (local, or relayed from other processes) name the tags they made stale.
  // A new draft shows nowhere public, so `article.created` drops nothing.
  deps.events.subscribe((e) => {
    if (e.type === 'article.created') return;
    site.objects.invalidate(e.tags);
    site.cache?.invalidate(e.tags);
  });
  deps.onClose(() => site.views.close());
  const service: SiteService = {
    invalidate: (tags) => {
      site.objects.invalidate(tags);
      return site.cache?.invalidate(tags) ?? 0;
    },
    cache: site.cache,
    objects: site.objects,
    views: site.views,
  };
  deps.services.site = service;

  await registerAssetRoutes(app, site);
  registerPageRoutes(app, site);
  registerFeedRoutes(app, site);
  registerArticleApi(app, site);

  // Unknown URLs: a page in the edition's language, or the JSON error shape under /api/.
  app.setNotFoundHandler(async (req, reply) => {
    if (req.url.startsWith('/api/')) {
      const { status, body } = toApiError(notFound('CHAPAR_HTTP_NOT_FOUND', 'no such route'), requestLang(req));
      return reply.code(status).type('application/json; charset=utf-8').send(body);
    }
    return sendErrorPage(site, req, reply, 'not_found');
  });
};
