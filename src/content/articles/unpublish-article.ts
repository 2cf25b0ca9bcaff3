import type { ContentContext } from '../context.js';
import type { Article } from '../types.js';
import { changeStatus } from './change-status.js';

/** Takes a published (or scheduled) article off the site; its URL then answers 410 Gone. */
export async function unpublishArticle(ctx: ContentContext, id: number, expectedVersion?: number): Promise<Article> {
  return changeStatus(ctx, id, {
    action: 'article.unpublish',
    from: ['published', 'scheduled'],
    to: 'unpublished',
    event: 'article.unpublished',
    patch: () => ({ scheduledAt: null, isTopStory: 0, isBreaking: 0 }),
    note: 'unpublished',
  }, expectedVersion);
}
