import { claimScheduledArticle, listDueScheduledIds } from '../../db/queries/scheduled-articles.js';
import type { ContentContext } from '../context.js';
import { runInTransaction } from '../transaction.js';
import type { Article } from '../types.js';
import { afterSave, cacheTagsFor, loadArticle } from './article-store.js';

/**
 * The scheduler: publishes every scheduled article whose time has come. Safe to run in
 * several processes at once on one database — each article is claimed by exactly one
 * runner (see db/queries/scheduled-articles.ts) and published once. Acts as the system.
 * Returns the articles this runner published.
 */
export async function publishDueArticles(ctx: ContentContext, opts: { limit?: number } = {}): Promise<Article[]> {
  const sys: ContentContext = { ...ctx, actor: null };
  const now = sys.clock.now().getTime();
  const ids = await listDueScheduledIds(sys.db, now, opts.limit ?? 100);
  const out: Article[] = [];
  for (const id of ids) {
    // One transaction per article: a failure leaves the others unaffected.
    const published = await runInTransaction(sys, async (trx, emit) => {
      if (!(await claimScheduledArticle(trx, sys.dialect, id, now))) return null;
      const after = await loadArticle(trx, id);
      await afterSave(sys, trx, after, 'article.publish_scheduled', 'published on schedule');
      emit({ type: 'article.published', articleId: id, code: after.code, lang: after.lang, tags: cacheTagsFor(after) });
      return after;
    });
    if (published) out.push(published);
  }
  return out;
}
