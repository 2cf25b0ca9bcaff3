import { insertAudit } from '../../db/queries/articles.js';
import { forbidden, invalid } from '../../platform/errors.js';
import type { ContentContext } from '../context.js';
import { runInTransaction } from '../transaction.js';
import { cacheTagsFor, loadArticle } from './article-store.js';

/**
 * Deletes an article row for good — only from the trash, only by the chief editor, an admin or
 * the system. Tags, authors, revisions and view counts go with it (ON DELETE CASCADE); every
 * indexer removes its entry inside the same transaction, so search never points at a missing
 * article. The news code is never handed out again (the counter only moves forward).
 */
export async function deleteArticle(ctx: ContentContext, id: number): Promise<void> {
  if (ctx.actor && ctx.actor.role !== 'admin' && ctx.actor.role !== 'chief_editor') {
    throw forbidden('CHAPAR_AUTH_FORBIDDEN', 'Not allowed: article.delete');
  }
  await runInTransaction(ctx, async (trx, emit) => {
    const before = await loadArticle(trx, id);
    if (before.status !== 'trashed') {
      throw invalid('CHAPAR_CONTENT_BAD_TRANSITION', `Article ${id} must be in the trash before it is deleted (it is ${before.status})`, [{ field: 'status', message: 'field.invalid' }]);
    }
    for (const ix of ctx.indexers) await ix.remove(trx, id);
    await trx.deleteFrom('articles').where('id', '=', id).execute();
    // The audit row outlives the article, so it names it in its details rather than by reference.
    await insertAudit(trx, { at: ctx.clock.now().getTime(), userId: ctx.actor?.userId ?? null, action: 'article.delete', articleId: null, details: { articleId: id, code: before.code, title: before.title } });
    emit({ type: 'article.deleted', articleId: id, code: before.code, lang: before.lang, tags: cacheTagsFor(before) });
  });
}
