import type { Transaction } from 'kysely';
import { updateArticleRowIfVersion } from '../../db/queries/articles.js';
import type { ArticleRowUpdate, Database } from '../../db/schema.js';
import type { ChaparEvent } from '../../platform/events.js';
import type { ContentContext } from '../context.js';
import type { Article } from '../types.js';
import { afterSave, cacheTagsFor, loadArticle } from './article-store.js';
import { versionConflict } from './update-article.js';

/**
 * Writes flag columns (breaking, top story) of an article inside the caller's transaction
 * like any other save: version check and bump, revision, index sync, audit, event.
 */
export async function saveArticleFlags(
  ctx: ContentContext,
  trx: Transaction<Database>,
  emit: (e: ChaparEvent) => void,
  before: Article,
  patch: ArticleRowUpdate,
  action: string,
  note: string,
): Promise<Article> {
  const row: ArticleRowUpdate = { ...patch, updatedAt: ctx.clock.now().getTime(), updatedBy: ctx.actor?.userId ?? null };
  if (!(await updateArticleRowIfVersion(trx, before.id, before.version, row))) throw versionConflict(await loadArticle(trx, before.id), before.version);
  const after = await loadArticle(trx, before.id);
  await afterSave(ctx, trx, after, action, note);
  emit({ type: 'article.updated', articleId: after.id, code: after.code, lang: after.lang, tags: cacheTagsFor(before, after) });
  return after;
}
