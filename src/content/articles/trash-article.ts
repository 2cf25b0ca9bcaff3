import type { ContentContext } from '../context.js';
import type { Article } from '../types.js';
import { changeStatus } from './change-status.js';

/** Moves an article to the trash (recoverable; the row and its code stay). */
export async function trashArticle(ctx: ContentContext, id: number, expectedVersion?: number): Promise<Article> {
  return changeStatus(ctx, id, {
    action: 'article.trash',
    from: ['draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'unpublished'],
    to: 'trashed',
    event: 'article.trashed',
    patch: () => ({ scheduledAt: null, isTopStory: 0, isBreaking: 0 }),
    note: 'trashed',
  }, expectedVersion);
}
