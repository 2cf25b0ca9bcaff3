import { rowToArticle } from '../../db/queries/articles.js';
import { runPrecompiled } from '../../db/queries/precompiled.js';
import { gone, notFound } from '../../platform/errors.js';
import type { ContentContext } from '../context.js';
import type { Article, Author, Lang, Tag } from '../types.js';

/**
 * The article readers may see under a news code: published only. A code that was published
 * once and then taken down answers Gone (410); a code never published answers Not Found.
 * On the public site's hot path, so it runs three precompiled queries (row by code, tags,
 * authors) instead of building each one per request.
 */
export async function getPublishedArticle(ctx: ContentContext, code: number): Promise<Article> {
  const db = ctx.db;
  const [row] = Number.isSafeInteger(code) && code > 0 ? await runPrecompiled(db, 'article:by-code', [code], (p) => db.selectFrom('articles').selectAll().where('code', '=', p(0))) : [];
  if (!row || (row.status !== 'published' && row.publishedAt == null)) throw notFound('CHAPAR_CONTENT_ARTICLE_NOT_FOUND', `No article ${code}`);
  if (row.status !== 'published') throw gone('CHAPAR_CONTENT_ARTICLE_GONE', `Article ${code} was unpublished`);
  const [tagRows, authorRows] = await Promise.all([
    runPrecompiled(db, 'article:tags', [row.id], (p) =>
      db.selectFrom('articleTags').innerJoin('tags', 'tags.id', 'articleTags.tagId').select(['tags.id', 'tags.lang', 'tags.name', 'tags.slug']).where('articleTags.articleId', '=', p(0)).orderBy('articleTags.position'),
    ),
    runPrecompiled(db, 'article:authors', [row.id], (p) =>
      db.selectFrom('articleAuthors').innerJoin('authors', 'authors.id', 'articleAuthors.authorId').select(['authors.id', 'authors.name', 'authors.slug', 'authors.userId']).where('articleAuthors.articleId', '=', p(0)).orderBy('articleAuthors.position'),
    ),
  ]);
  const tags: Tag[] = tagRows.map((t) => ({ id: t.id, lang: t.lang as Lang, name: t.name, slug: t.slug }));
  const authors: Author[] = authorRows.map((a) => ({ id: a.id, name: a.name, slug: a.slug, userId: a.userId }));
  return rowToArticle(row, tags, authors);
}
