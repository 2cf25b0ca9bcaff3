import type { ContentContext } from '../context.js';
import type { Article } from '../types.js';
import { changeStatus } from './change-status.js';

/** A reporter hands a draft (or an article returned to them) to the desk. */
export async function submitArticle(ctx: ContentContext, id: number, expectedVersion?: number): Promise<Article> {
  return changeStatus(ctx, id, { action: 'article.submit', from: ['draft', 'returned'], to: 'submitted', event: 'article.updated', note: 'submitted' }, expectedVersion);
}
