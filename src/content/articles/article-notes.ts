import type { ContentContext } from '../context.js';

/** A desk note on an article: the comment it was returned with, or a plain comment. */
export interface ArticleNote {
  id: number;
  articleId: number;
  userId: number | null;
  userName: string | null;
  kind: 'return' | 'comment';
  body: string;
  /** The article version the note refers to. */
  version: number;
  createdAt: Date;
}

/** Notes of an article, newest first. */
export async function listArticleNotes(ctx: ContentContext, articleId: number): Promise<ArticleNote[]> {
  const rows = await ctx.db
    .selectFrom('articleNotes')
    .leftJoin('users', 'users.id', 'articleNotes.userId')
    .select(['articleNotes.id', 'articleNotes.articleId', 'articleNotes.userId', 'users.displayName', 'articleNotes.kind', 'articleNotes.body', 'articleNotes.version', 'articleNotes.createdAt'])
    .where('articleNotes.articleId', '=', articleId)
    .orderBy('articleNotes.createdAt', 'desc')
    .orderBy('articleNotes.id', 'desc')
    .execute();
  return rows.map((r) => ({ id: r.id, articleId: r.articleId, userId: r.userId, userName: r.displayName ?? null, kind: r.kind as ArticleNote['kind'], body: r.body, version: r.version, createdAt: new Date(Number(r.createdAt)) }));
}

/** Adds a plain comment to an article's notes (anyone who may see the article). */
export async function addArticleComment(ctx: ContentContext, articleId: number, version: number, body: string): Promise<void> {
  await ctx.db.insertInto('articleNotes').values({ articleId, userId: ctx.actor?.userId ?? null, kind: 'comment', body, version, createdAt: ctx.clock.now().getTime() }).execute();
}
