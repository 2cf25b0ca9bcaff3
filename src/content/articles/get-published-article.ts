import { gone, notFound } from '../../platform/errors.js';
import type { ContentContext } from '../context.js';
import type { Article } from '../types.js';
import { findArticleByCode } from './article-store.js';

/**
 * The article readers may see under a news code: published only. A code that was published
 * once and then taken down answers Gone (410); a code never published answers Not Found.
 */
export async function getPublishedArticle(ctx: ContentContext, code: number): Promise<Article> {
  const a = Number.isSafeInteger(code) && code > 0 ? await findArticleByCode(ctx.db, code) : undefined;
  if (!a || (a.status !== 'published' && a.publishedAt == null)) throw notFound('CHAPAR_CONTENT_ARTICLE_NOT_FOUND', `No article ${code}`);
  if (a.status !== 'published') throw gone('CHAPAR_CONTENT_ARTICLE_GONE', `Article ${code} was unpublished`);
  return a;
}
