import type { FastifyInstance } from 'fastify';
import { getArticle } from '../../content/articles/get-article.js';
import { listNewsroomArticles } from '../../content/articles/list-newsroom-articles.js';
import { can } from '../../content/policies.js';
import type { AppDeps } from '../../deps.js';
import { ctxOf, parseInput } from '../http.js';
import { searchQuery } from '../schemas.js';

/**
 * Newsroom search over every status (drafts included) with the search index; hits the user
 * may not see are left out. Without a search index it falls back to title matching.
 */
export async function searchRoutes(api: FastifyInstance, deps: AppDeps): Promise<void> {
  api.get('/search', async (req) => {
    const ctx = ctxOf(deps, req);
    const q = parseInput(searchQuery, req.query);
    if (!deps.search) {
      const res = await listNewsroomArticles(ctx, { view: 'all', q: q.q, lang: q.lang, sectionId: q.sectionId, page: q.page, limit: q.limit });
      return { engine: 'title', total: res.total, items: res.items.map((a) => ({ articleId: a.id, code: a.code, lang: a.lang, title: a.title, snippet: '', status: a.status, sectionId: a.sectionId, publishedAt: a.publishedAt })) };
    }
    const res = await deps.search.search({ q: q.q, lang: q.lang, sectionId: q.sectionId, sort: q.sort, page: q.page, limit: q.limit, includeUnpublished: true });
    const items = [];
    for (const h of res.items) {
      if (h.status === 'published' || can(ctx.actor, 'article.view', await getArticle(ctx, h.articleId).catch(() => ({ createdBy: -1, sectionId: null, status: 'trashed' as const })))) items.push(h);
    }
    return { engine: deps.search.kind, total: res.total, items };
  });
}
