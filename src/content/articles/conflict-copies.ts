import type { ContentContext } from '../context.js';

/** A save that was refused because someone saved first, kept so that nothing typed is lost. */
export interface ConflictCopy {
  id: number;
  articleId: number;
  userId: number | null;
  baseVersion: number;
  currentVersion: number;
  /** The refused input, as sent. */
  data: Record<string, unknown>;
  createdAt: Date;
}

/** Keeps a refused save; returns its id. */
export async function saveConflictCopy(ctx: ContentContext, c: { articleId: number; baseVersion: number; currentVersion: number; data: unknown }): Promise<number> {
  const { id } = await ctx.db
    .insertInto('conflictCopies')
    .values({ articleId: c.articleId, userId: ctx.actor?.userId ?? null, baseVersion: c.baseVersion, currentVersion: c.currentVersion, data: JSON.stringify(c.data ?? {}), createdAt: ctx.clock.now().getTime() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Refused saves of an article, newest first. */
export async function listConflictCopies(ctx: ContentContext, articleId: number): Promise<ConflictCopy[]> {
  const rows = await ctx.db.selectFrom('conflictCopies').selectAll().where('articleId', '=', articleId).orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(100).execute();
  return rows.map((r) => ({ id: r.id, articleId: r.articleId, userId: r.userId, baseVersion: r.baseVersion, currentVersion: r.currentVersion, data: JSON.parse(r.data), createdAt: new Date(Number(r.createdAt)) }));
}
