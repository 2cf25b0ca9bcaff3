import type { ContentContext } from '../context.js';
import type { Article } from '../types.js';
import { changeStatus } from './change-status.js';

/** Takes an article out of the trash; it comes back as a draft (never straight onto the site). */
export async function untrashArticle(ctx: ContentContext, id: number, expectedVersion?: number): Promise<Article> {
  return changeStatus(ctx, id, { action: 'article.trash', from: ['trashed'], to: 'draft', event: 'article.updated', note: 'restored from trash' }, expectedVersion);
}
