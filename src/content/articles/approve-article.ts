import type { ContentContext } from '../context.js';
import type { Article } from '../types.js';
import { changeStatus } from './change-status.js';

/** The desk approves a submitted article; it then waits to be published or scheduled. */
export async function approveArticle(ctx: ContentContext, id: number, expectedVersion?: number): Promise<Article> {
  return changeStatus(ctx, id, { action: 'article.review', from: ['submitted'], to: 'approved', event: 'article.updated', note: 'approved' }, expectedVersion);
}
