/** Feeds, sitemaps and robots.txt: generated on demand, kept in the page cache by tag. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendErrorPage, sendPageError } from '../errors.js';
import { buildFeed } from '../feeds/feeds.js';
import { sendBytes } from '../respond.js';
import { isLang, type Site } from '../site.js';
import { articlesSitemap, newsSitemap, pagesSitemap, robotsTxt, sitemapIndex } from '../sitemaps/sitemaps.js';

type Params = Record<string, string>;
const XML = 'application/xml; charset=utf-8';

export function registerFeedRoutes(app: FastifyInstance, site: Site): void {
  const allFeedTags = () => ['feed:fa', 'feed:ar', 'feed:en'];
  const guard = (fn: (req: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply>) => async (req: FastifyRequest, reply: FastifyReply) => {
    try {
      return await fn(req, reply);
    } catch (err) {
      return sendPageError(site, req, reply, err);
    }
  };
  const feedRoute = (kind: 'rss' | 'atom' | 'json') =>
    guard(async (req, reply) => {
      const lang = (req.params as Params).lang;
      if (!isLang(lang)) return sendErrorPage(site, req, reply, 'not_found');
      const feed = await buildFeed(site, { lang });
      const body = kind === 'rss' ? feed.rss2() : kind === 'atom' ? feed.atom1() : feed.json1();
      const type = kind === 'rss' ? 'application/rss+xml; charset=utf-8' : kind === 'atom' ? 'application/atom+xml; charset=utf-8' : 'application/feed+json; charset=utf-8';
      return sendBytes(site, req, reply, Buffer.from(body), { type, tags: [`feed:${lang}`], maxAge: 120, ttlMs: 10 * 60_000, cacheable: Object.keys(req.query as object).length === 0 });
    });
  app.get('/:lang/rss.xml', feedRoute('rss'));
  app.get('/:lang/atom.xml', feedRoute('atom'));
  app.get('/:lang/feed.json', feedRoute('json'));
  app.get('/:lang/section/:slug/rss.xml', guard(async (req, reply) => {
    const { lang, slug } = req.params as Params;
    if (!isLang(lang)) return sendErrorPage(site, req, reply, 'not_found');
    const section = ((await site.data()).sections.get(lang) ?? []).find((s) => s.slug === slug);
    if (!section) return sendErrorPage(site, req, reply, 'not_found', lang);
    const feed = await buildFeed(site, { lang, section });
    return sendBytes(site, req, reply, Buffer.from(feed.rss2()), { type: 'application/rss+xml; charset=utf-8', tags: [`section:${section.id}`, `feed:${lang}`], maxAge: 120, ttlMs: 10 * 60_000, cacheable: Object.keys(req.query as object).length === 0 });
  }));

  app.get('/sitemap.xml', guard(async (req, reply) => sendBytes(site, req, reply, Buffer.from(await sitemapIndex(site)), { type: XML, tags: allFeedTags(), maxAge: 600, ttlMs: 10 * 60_000 })));
  app.get('/sitemaps/pages.xml', guard(async (req, reply) => sendBytes(site, req, reply, Buffer.from(await pagesSitemap(site)), { type: XML, tags: [], maxAge: 3600, ttlMs: 10 * 60_000 })));
  app.get('/sitemaps/:file', guard(async (req, reply) => {
    const m = /^articles-(\d{1,6})\.xml$/.exec((req.params as Params).file ?? '');
    const xml = m ? await articlesSitemap(site, Number(m[1])) : null;
    if (xml === null) return sendErrorPage(site, req, reply, 'not_found');
    return sendBytes(site, req, reply, Buffer.from(xml), { type: XML, tags: allFeedTags(), maxAge: 600, ttlMs: 30 * 60_000 });
  }));
  app.get('/news-sitemap.xml', guard(async (req, reply) => sendBytes(site, req, reply, Buffer.from(await newsSitemap(site)), { type: XML, tags: allFeedTags(), maxAge: 300, ttlMs: 5 * 60_000 })));
  app.get('/robots.txt', async (req, reply) => sendBytes(site, req, reply, Buffer.from(robotsTxt(site)), { type: 'text/plain; charset=utf-8', tags: [], maxAge: 3600, ttlMs: 3_600_000 }));
}
