import { existingImportKeys, findArticleIdByImportKey } from '../../db/queries/articles.js';
import type { ContentContext } from '../context.js';
import type { Article } from '../types.js';
import { findArticleByCode, loadArticle } from './article-store.js';

/** Any article by id, whatever its status (newsroom use). Throws not found. */
export async function getArticle(ctx: ContentContext, id: number): Promise<Article> {
  return loadArticle(ctx.db, id);
}

/** Any article by news code, whatever its status; undefined when the code was never used. */
export async function getArticleByCode(ctx: ContentContext, code: number): Promise<Article | undefined> {
  return findArticleByCode(ctx.db, code);
}

/** The id of the article imported under `key` (an item's original link), if any. */
export async function getArticleIdByImportKey(ctx: ContentContext, key: string): Promise<number | undefined> {
  return findArticleIdByImportKey(ctx.db, key);
}

/** The keys among `keys` that articles were imported under (one query for a whole chunk). */
export async function getExistingImportKeys(ctx: ContentContext, keys: string[]): Promise<Set<string>> {
  return existingImportKeys(ctx.db, keys);
}
