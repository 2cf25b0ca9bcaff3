import { runPrecompiled } from '../../db/queries/precompiled.js';
import type { ContentContext } from '../context.js';
import type { Article } from '../types.js';
import { SUMMARY_COLUMNS, toSummary, type ArticleSummary } from './list-article-summaries.js';

/**
 * News related to an article: the newest published articles sharing its tags, then (to
 * fill up) the newest of its section. Each tag is read backwards on the (tag_id,
 * article_id) index with a small limit, so a tag with a million articles costs the same
 * as a tag with ten.
 */
export async function listRelatedArticles(ctx: ContentContext, article: Pick<Article, 'id' | 'lang' | 'sectionId' | 'tags'>, limit = 5): Promise<ArticleSummary[]> {
  const candidates = new Set<number>();
  for (const tag of article.tags.slice(0, 5)) {
    const rows = await runPrecompiled(ctx.db, 'related:tag', [tag.id, article.id, limit * 2], (p) =>
      ctx.db.selectFrom('articleTags').select('articleId').where('tagId', '=', p(0)).where('articleId', '!=', p(1)).orderBy('articleId', 'desc').limit(p(2)),
    );
    for (const r of rows) candidates.add(r.articleId);
  }
  let items: ArticleSummary[] = [];
  if (candidates.size) {
    const ids = [...candidates];
    const rows = await runPrecompiled(ctx.db, `related:in:${ids.length}`, [article.lang, limit, ...ids], (p) =>
      ctx.db
        .selectFrom('articles')
        .select([...SUMMARY_COLUMNS])
        .where('articles.id', 'in', ids.map((_, i) => p(i + 2)))
        .where('articles.status', '=', 'published')
        .where('articles.lang', '=', p(0))
        .orderBy('articles.publishedAt', 'desc')
        .orderBy('articles.id', 'desc')
        .limit(p(1)),
    );
    items = rows.map(toSummary);
  }
  if (items.length < limit && article.sectionId != null) {
    const seen = new Set([article.id, ...items.map((i) => i.id)]);
    const rows = await runPrecompiled(ctx.db, 'related:section', [article.sectionId, limit + seen.size], (p) =>
      ctx.db
        .selectFrom('articles')
        .select([...SUMMARY_COLUMNS])
        .where('articles.sectionId', '=', p(0))
        .where('articles.status', '=', 'published')
        .orderBy('articles.publishedAt', 'desc')
        .orderBy('articles.id', 'desc')
        .limit(p(1)),
    );
    for (const r of rows) {
      if (items.length >= limit) break;
      if (!seen.has(r.id)) items.push(toSummary(r));
    }
  }
  return items;
}
