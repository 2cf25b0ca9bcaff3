import { updateArticleRowIfVersion } from '../../db/queries/articles.js';
import type { ArticleRowUpdate } from '../../db/schema.js';
import type { ArticleEvent } from '../../platform/events.js';
import { invalid } from '../../platform/errors.js';
import type { ContentContext } from '../context.js';
import { assertCan, type Action } from '../policies.js';
import { runInTransaction } from '../transaction.js';
import type { Article, ArticleStatus } from '../types.js';
import { afterSave, cacheTagsFor, loadArticle } from './article-store.js';
import { versionConflict } from './update-article.js';

export interface StatusChange {
  action: Action;
  /** Statuses the article may be in for this change. */
  from: readonly ArticleStatus[];
  to: ArticleStatus;
  event: ArticleEvent['type'];
  /** Extra columns to write (publication time, schedule). */
  patch?: (a: Article, now: number) => ArticleRowUpdate;
  note?: string;
}

/**
 * The one path through which an article's status changes: policy check, allowed-from check,
 * version check, row update, revision, index sync and audit in one transaction, then the event.
 */
export async function changeStatus(ctx: ContentContext, id: number, change: StatusChange, expectedVersion?: number): Promise<Article> {
  return runInTransaction(ctx, async (trx, emit) => {
    const before = await loadArticle(trx, id);
    assertCan(ctx.actor, change.action, before);
    if (expectedVersion !== undefined && before.version !== expectedVersion) throw versionConflict(before, expectedVersion);
    if (!change.from.includes(before.status)) {
      throw invalid('CHAPAR_CONTENT_BAD_TRANSITION', `Cannot move article ${id} from ${before.status} to ${change.to}`, [{ field: 'status', message: 'field.invalid' }]);
    }
    const now = ctx.clock.now().getTime();
    const row: ArticleRowUpdate = { status: change.to, updatedAt: now, updatedBy: ctx.actor?.userId ?? null, ...(change.patch?.(before, now) ?? {}) };
    if (!(await updateArticleRowIfVersion(trx, id, before.version, row))) throw versionConflict(await loadArticle(trx, id), before.version);
    const after = await loadArticle(trx, id);
    await afterSave(ctx, trx, after, change.event, change.note ?? '');
    emit({ type: change.event, articleId: id, code: after.code, lang: after.lang, tags: cacheTagsFor(before, after) });
    return after;
  });
}
