import { listRevisionRows } from '../../db/queries/articles.js';
import type { ContentContext } from '../context.js';
import type { Revision } from '../types.js';

/** Every saved version of an article, newest first. */
export async function listRevisions(ctx: ContentContext, articleId: number): Promise<Revision[]> {
  const rows = await listRevisionRows(ctx.db, articleId);
  return rows.map((r) => ({
    id: r.id,
    articleId: r.articleId,
    version: r.version,
    createdAt: new Date(Number(r.createdAt)),
    createdBy: r.createdBy,
    note: r.note,
    data: JSON.parse(r.data),
  }));
}
