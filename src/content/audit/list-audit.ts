import type { ContentContext } from '../context.js';

/** One audit log entry: who did what, to which article, when. */
export interface AuditEntry {
  id: number;
  at: Date;
  userId: number | null;
  userName: string | null;
  /** e.g. article.create, article.update, article.published, article.lock_takeover, auth.login, user.update */
  action: string;
  articleId: number | null;
  articleTitle: string | null;
  details: Record<string, unknown>;
}

export interface AuditQuery {
  articleId?: number;
  userId?: number;
  /** Entries before this id (keyset paging, newest first). */
  before?: number;
  limit: number;
}

/** Audit entries newest first. Callers check who may read them (policies: audit.view, or article.view for one article). */
export async function listAudit(ctx: ContentContext, q: AuditQuery): Promise<{ items: AuditEntry[]; next: number | null }> {
  const limit = Math.max(1, Math.min(q.limit, 200));
  let query = ctx.db
    .selectFrom('auditLog')
    .leftJoin('users', 'users.id', 'auditLog.userId')
    .leftJoin('articles', 'articles.id', 'auditLog.articleId')
    .select(['auditLog.id', 'auditLog.at', 'auditLog.userId', 'users.displayName', 'auditLog.action', 'auditLog.articleId', 'articles.title', 'auditLog.details']);
  if (q.articleId !== undefined) query = query.where('auditLog.articleId', '=', q.articleId);
  if (q.userId !== undefined) query = query.where('auditLog.userId', '=', q.userId);
  if (q.before !== undefined) query = query.where('auditLog.id', '<', q.before);
  const rows = await query.orderBy('auditLog.id', 'desc').limit(limit + 1).execute();
  const items = rows.slice(0, limit).map((r) => {
    let details: Record<string, unknown> = {};
    try {
      details = JSON.parse(r.details);
    } catch {
      details = {};
    }
    return { id: r.id, at: new Date(Number(r.at)), userId: r.userId, userName: r.displayName ?? null, action: r.action, articleId: r.articleId, articleTitle: r.title ?? null, details };
  });
  return { items, next: rows.length > limit ? items[items.length - 1]!.id : null };
}
