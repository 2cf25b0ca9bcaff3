import { z } from 'zod';
import type { ContentContext } from '../context.js';
import { runBatch } from '../transaction.js';
import type { Article } from '../types.js';
import { parseOrThrow } from './article-input.js';
import { changeStatus } from './change-status.js';

export const returnArticleInput = z.object({
  /** What the reporter should fix; shown to them with the article. Required. */
  comment: z.string({ message: 'field.required' }).trim().min(1, { message: 'field.required' }).max(5000, { message: 'field.too_long' }),
  /** The version the editor reviewed. */
  expectedVersion: z.number().int().positive().optional(),
});
export type ReturnArticleInput = z.input<typeof returnArticleInput>;

/**
 * The desk sends a submitted (or approved) article back to its reporter with a comment.
 * Status change and comment are written in one transaction.
 */
export async function returnArticle(ctx: ContentContext, id: number, input: ReturnArticleInput): Promise<Article> {
  const p = parseOrThrow(returnArticleInput, input);
  return runBatch(ctx, async (b) => {
    const a = await changeStatus(b, id, { action: 'article.review', from: ['submitted', 'approved'], to: 'returned', event: 'article.updated', note: 'returned' }, p.expectedVersion);
    await b.db
      .insertInto('articleNotes')
      .values({ articleId: id, userId: ctx.actor?.userId ?? null, kind: 'return', body: p.comment, version: a.version, createdAt: ctx.clock.now().getTime() })
      .execute();
    return a;
  });
}
