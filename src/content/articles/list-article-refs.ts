import type { ContentContext } from '../context.js';
import type { ArticleRef } from './get-article-ref.js';
import type { ArticleStatus, Lang } from '../types.js';

/** References of many articles by id (e.g. to link search hits), keyed by id. */
export async function listArticleRefs(ctx: ContentContext, ids: number[]): Promise<Map<number, ArticleRef>> {
  const out = new Map<number, ArticleRef>();
  if (!ids.length) return out;
  const rows = await ctx.db.selectFrom('articles').select(['id', 'code', 'lang', 'slug', 'status', 'viewCount']).where('id', 'in', ids).execute();
  for (const r of rows) out.set(r.id, { id: r.id, code: Number(r.code), lang: r.lang as Lang, slug: r.slug, status: r.status as ArticleStatus, viewCount: Number(r.viewCount) });
  return out;
}
