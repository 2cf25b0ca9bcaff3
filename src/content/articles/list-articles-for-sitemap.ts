import type { ContentContext } from '../context.js';
import type { Lang } from '../types.js';

/** What a sitemap entry needs of an article. */
export interface SitemapEntry {
  code: number;
  lang: Lang;
  slug: string;
  title: string;
  publishedAt: Date;
  updatedAt: Date;
}

const toEntry = (r: { code: number; lang: string; slug: string; title: string; publishedAt: number | null; updatedAt: number }): SitemapEntry => ({
  code: Number(r.code),
  lang: r.lang as Lang,
  slug: r.slug,
  title: r.title,
  publishedAt: new Date(Number(r.publishedAt ?? 0)),
  updatedAt: new Date(Number(r.updatedAt)),
});

/** The highest article id (0 when there are none): sitemap files are id ranges below it. */
export async function getMaxArticleId(ctx: ContentContext): Promise<number> {
  const r = await ctx.db.selectFrom('articles').select((eb) => eb.fn.max('id').as('max')).executeTakeFirst();
  return Number(r?.max ?? 0);
}

/** Published articles with ids in [fromId, toId), by id: one primary-key range scan. */
export async function listArticlesForSitemap(ctx: ContentContext, fromId: number, toId: number): Promise<SitemapEntry[]> {
  const rows = await ctx.db
    .selectFrom('articles')
    .select(['code', 'lang', 'slug', 'title', 'publishedAt', 'updatedAt'])
    .where('id', '>=', fromId)
    .where('id', '<', toId)
    .where('status', '=', 'published')
    .orderBy('id')
    .execute();
  return rows.map(toEntry);
}

/** Published articles of the last `since` (Google News sitemap), newest first, at most 1,000. */
export async function listRecentArticles(ctx: ContentContext, lang: Lang, since: Date, limit = 1000): Promise<SitemapEntry[]> {
  const rows = await ctx.db
    .selectFrom('articles')
    .select(['code', 'lang', 'slug', 'title', 'publishedAt', 'updatedAt'])
    .where('lang', '=', lang)
    .where('status', '=', 'published')
    .where('publishedAt', '>=', since.getTime())
    .orderBy('publishedAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toEntry);
}
