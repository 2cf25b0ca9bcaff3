import { hydrateArticles } from '../../db/queries/articles.js';
import type { ContentContext } from '../context.js';
import type { Article, Lang } from '../types.js';

export interface ListPublishedQuery {
  lang: Lang;
  sectionId?: number;
  tagId?: number;
  authorId?: number;
  /** Only articles published in [from, to). */
  from?: Date;
  to?: Date;
  limit: number;
  /** Keyset cursor: continue after this (publishedAt, id). */
  after?: { publishedAt: number; id: number };
}

export interface Page<T> {
  items: T[];
  /** Cursor for the next page, or null at the end. */
  next: { publishedAt: number; id: number } | null;
}

/**
 * Published articles newest first, paginated by keyset (publishedAt, id) so that page 5,000
 * costs the same index walk as page 1 — never an OFFSET scan.
 */
export async function listPublishedArticles(ctx: ContentContext, q: ListPublishedQuery): Promise<Page<Article>> {
  const limit = Math.max(1, Math.min(q.limit, 500));
  let query = ctx.db.selectFrom('articles').selectAll('articles').where('articles.status', '=', 'published').where('articles.lang', '=', q.lang);
  if (q.sectionId !== undefined) query = query.where('articles.sectionId', '=', q.sectionId);
  if (q.tagId !== undefined) {
    const tagId = q.tagId;
    query = query.where((eb) => eb.exists(eb.selectFrom('articleTags').select('articleTags.articleId').whereRef('articleTags.articleId', '=', 'articles.id').where('articleTags.tagId', '=', tagId)));
  }
  if (q.authorId !== undefined) {
    const authorId = q.authorId;
    query = query.where((eb) => eb.exists(eb.selectFrom('articleAuthors').select('articleAuthors.articleId').whereRef('articleAuthors.articleId', '=', 'articles.id').where('articleAuthors.authorId', '=', authorId)));
  }
  if (q.from) query = query.where('articles.publishedAt', '>=', q.from.getTime());
  if (q.to) query = query.where('articles.publishedAt', '<', q.to.getTime());
  if (q.after) {
    const { publishedAt, id } = q.after;
    query = query.where((eb) => eb.or([eb('articles.publishedAt', '<', publishedAt), eb.and([eb('articles.publishedAt', '=', publishedAt), eb('articles.id', '<', id)])]));
  }
  const rows = await query.orderBy('articles.publishedAt', 'desc').orderBy('articles.id', 'desc').limit(limit + 1).execute();
  const more = rows.length > limit;
  const items = await hydrateArticles(ctx.db, rows.slice(0, limit));
  const last = items[items.length - 1];
  return { items, next: more && last ? { publishedAt: last.publishedAt!.getTime(), id: last.id } : null };
}
