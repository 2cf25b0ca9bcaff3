import type { ContentContext } from '../context.js';
import type { Article } from '../types.js';
import { changeStatus } from './change-status.js';

export interface PublishOptions {
  /** Publish at this instant: in the future it schedules; in the past (imports) it back-dates. Defaults to now. */
  at?: Date;
  /** The version the editor saw; a newer one means a conflict. */
  expectedVersion?: number;
}

/**
 * Publishes an article now, or schedules it when `at` lies in the future. A re-published
 * article keeps its first publication time unless `at` is given.
 */
export async function publishArticle(ctx: ContentContext, id: number, opts: PublishOptions = {}): Promise<Article> {
  const now = ctx.clock.now().getTime();
  const at = opts.at?.getTime();
  if (at !== undefined && at > now) {
    return changeStatus(ctx, id, {
      action: 'article.publish',
      from: ['draft', 'submitted', 'returned', 'approved', 'scheduled', 'unpublished'],
      to: 'scheduled',
      event: 'article.updated',
      patch: () => ({ scheduledAt: at }),
      note: 'scheduled',
    }, opts.expectedVersion);
  }
  return changeStatus(ctx, id, {
    action: 'article.publish',
    from: ['draft', 'submitted', 'returned', 'approved', 'scheduled', 'unpublished', 'published'],
    to: 'published',
    event: 'article.published',
    patch: (a, n) => ({ publishedAt: at ?? a.publishedAt?.getTime() ?? n, scheduledAt: null }),
    note: 'published',
  }, opts.expectedVersion);
}
