/**
 * The read API for apps: /api/v1/articles (filters lang, section, tag; keyset cursor) and
 * /api/v1/articles/{code}; plus the view beacon POST /api/v1/articles/{code}/views.
 * JSON with ISO 8601 dates; errors in the shape every Chapar API uses.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { getArticleRef } from '../../content/articles/get-article-ref.js';
import { getPublishedArticle } from '../../content/articles/get-published-article.js';
import { listPublishedArticles } from '../../content/articles/list-published-articles.js';
import { getMedia } from '../../content/media/get-media.js';
import { getTagBySlug } from '../../content/tags/get-tag-by-slug.js';
import type { Article, Lang } from '../../content/types.js';
import { invalid, notFound } from '../../platform/errors.js';
import { requestLang, toApiError } from '../../platform/http-errors.js';
import { sendBytes } from '../respond.js';
import { isLang, type Site } from '../site.js';
import { articlePath, mediaPath, sectionPath, tagPath } from '../urls.js';
import { imageSources } from '../views/ArticlePage.js';

type Q = Record<string, unknown>;

const encodeCursor = (c: { publishedAt: number; id: number }) => Buffer.from(`${c.publishedAt}.${c.id}`).toString('base64url');
function decodeCursor(s: string): { publishedAt: number; id: number } {
  const m = /^(\d{1,15})\.(\d{1,12})$/.exec(Buffer.from(s, 'base64url').toString());
  if (!m) throw invalid('CHAPAR_API_BAD_CURSOR', 'cursor is not valid', [{ field: 'cursor', message: 'field.invalid' }]);
  return { publishedAt: Number(m[1]), id: Number(m[2]) };
}

function presentSummary(site: Site, a: Article, sectionOf: (id: number | null) => { slug: string; name: string } | undefined) {
  const s = sectionOf(a.sectionId);
  return {
    code: a.code,
    lang: a.lang,
    url: site.publicUrl + articlePath(a),
    shortUrl: `${site.publicUrl}/n/${a.code}`,
    kicker: a.kicker,
    title: a.title,
    dateline: a.dateline,
    lead: a.lead,
    section: s ? { slug: s.slug, name: s.name, url: site.publicUrl + sectionPath(a.lang, s.slug) } : null,
    tags: a.tags.map((tg) => ({ slug: tg.slug, name: tg.name, url: site.publicUrl + tagPath(a.lang, tg.slug) })),
    authors: a.authors.map((au) => ({ slug: au.slug, name: au.name })),
    source: a.sourceName ? { name: a.sourceName, url: a.sourceUrl || null } : null,
    isTopStory: a.isTopStory,
    isBreaking: a.isBreaking && (a.breakingUntil == null || a.breakingUntil.getTime() > Date.now()),
    publishedAt: a.publishedAt?.toISOString() ?? null,
    updatedAt: a.updatedAt.toISOString(),
    viewCount: a.viewCount,
  };
}

export function registerArticleApi(app: FastifyInstance, site: Site): void {
  const { ctx } = site.deps;
  const fail = (req: FastifyRequest, reply: FastifyReply, err: unknown) => {
    const { status, body } = toApiError(err, requestLang(req), site.deps.logger);
    return reply.code(status).header('cache-control', status >= 500 ? 'no-store' : 'public, max-age=30').type('application/json; charset=utf-8').send(body);
  };
  const json = (req: FastifyRequest, reply: FastifyReply, v: unknown, tags: string[], cacheable: boolean) =>
    sendBytes(site, req, reply, Buffer.from(JSON.stringify(v)), { type: 'application/json; charset=utf-8', tags, maxAge: 60, ttlMs: 2 * 60_000, cacheable });

  app.get('/api/v1/articles', async (req, reply) => {
    try {
      const q = req.query as Q;
      const lang = (q.lang ?? site.defaultLang) as string;
      if (!isLang(lang)) throw invalid('CHAPAR_API_INVALID', 'lang must be fa, ar or en', [{ field: 'lang', message: 'field.invalid' }]);
      const limit = q.limit === undefined ? 20 : Number(q.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw invalid('CHAPAR_API_INVALID', 'limit must be 1..100', [{ field: 'limit', message: 'field.invalid' }]);
      const data = await site.data();
      let sectionId: number | undefined;
      if (typeof q.section === 'string') {
        const s = (data.sections.get(lang) ?? []).find((x) => x.slug === q.section);
        if (!s) throw notFound('CHAPAR_API_NO_SECTION', 'no such section');
        sectionId = s.id;
      }
      let tagId: number | undefined;
      if (typeof q.tag === 'string') {
        const tg = await getTagBySlug(ctx, lang, q.tag);
        if (!tg) throw notFound('CHAPAR_API_NO_TAG', 'no such tag');
        tagId = tg.id;
      }
      const after = typeof q.cursor === 'string' && q.cursor ? decodeCursor(q.cursor) : undefined;
      const page = await listPublishedArticles(ctx, { lang, sectionId, tagId, limit, after });
      const sectionOf = (id: number | null) => (id == null ? undefined : data.sectionById.get(id));
      const body = { items: page.items.map((a) => presentSummary(site, a, sectionOf)), next: page.next ? encodeCursor(page.next) : null };
      return json(req, reply, body, [`home:${lang}`, ...page.items.map((a) => `article:${a.id}`)], true);
    } catch (err) {
      return fail(req, reply, err);
    }
  });

  app.get('/api/v1/articles/:code', async (req, reply) => {
    try {
      const raw = (req.params as Record<string, string>).code ?? '';
      if (!/^[1-9]\d{0,14}$/.test(raw)) throw notFound('CHAPAR_CONTENT_ARTICLE_NOT_FOUND', 'bad code');
      const a = await getPublishedArticle(ctx, Number(raw));
      const data = await site.data();
      const image = a.featuredImageId != null ? await getMedia(ctx, a.featuredImageId) : undefined;
      const img = image ? imageSources(image) : null;
      const body = {
        ...presentSummary(site, a, (id) => (id == null ? undefined : data.sectionById.get(id))),
        body: a.body,
        image: image && img
          ? {
              url: site.publicUrl + img.src,
              width: img.width,
              height: img.height,
              alt: image.alt,
              caption: a.featuredImageCaption || image.caption,
              variants: image.variants.map((v) => ({ url: site.publicUrl + mediaPath(v.key), width: v.width, height: v.height, format: v.format })),
            }
          : null,
      };
      return json(req, reply, body, [`article:${a.id}`], Object.keys(req.query as object).length === 0);
    } catch (err) {
      return fail(req, reply, err);
    }
  });

  // The view beacon: counted in memory, flushed in batches; never touches cached pages.
  app.post('/api/v1/articles/:code/views', async (req, reply) => {
    const raw = (req.params as Record<string, string>).code ?? '';
    const ref = /^[1-9]\d{0,14}$/.test(raw) ? await getArticleRef(ctx, Number(raw)) : undefined;
    if (!ref || ref.status !== 'published') return reply.code(404).header('cache-control', 'no-store').send({ error: { code: 'CHAPAR_CONTENT_ARTICLE_NOT_FOUND', message: 'not found' } });
    const pending = site.views.add(ref.id);
    return reply.header('cache-control', 'no-store').send({ views: ref.viewCount + pending });
  });
}
export type { Lang };
