/**
 * Claiming scheduled articles for publication, safely with several server processes on one
 * database: whoever claims a row publishes it; everybody else sees nothing to do.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Dialect } from '../connection.js';
import type { Database } from '../schema.js';

/** Ids of scheduled articles whose time has come, earliest first (a plain read; claiming happens per row). */
export async function listDueScheduledIds(db: Kysely<Database>, now: number, limit: number): Promise<number[]> {
  const rows = await db
    .selectFrom('articles')
    .select('id')
    .where('status', '=', 'scheduled')
    .where('scheduledAt', '<=', now)
    .orderBy('scheduledAt')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Inside the caller's transaction, moves one due article from scheduled to published.
 * Returns false when another runner got there first.
 * - PostgreSQL: `SELECT … FOR UPDATE SKIP LOCKED` first, so a runner never waits on a row
 *   another runner is publishing; it skips it.
 * - SQLite: the conditional UPDATE is the first statement of the transaction, so it takes the
 *   single write lock before reading anything (no stale snapshot).
 * On both, `WHERE status = 'scheduled'` is the final guard: the second runner updates 0 rows.
 */
export async function claimScheduledArticle(trx: Transaction<Database>, dialect: Dialect, id: number, now: number): Promise<boolean> {
  if (dialect === 'postgres') {
    const locked = await trx
      .selectFrom('articles')
      .select('id')
      .where('id', '=', id)
      .where('status', '=', 'scheduled')
      .where('scheduledAt', '<=', now)
      .forUpdate()
      .skipLocked()
      .executeTakeFirst();
    if (!locked) return false;
  }
  const res = await trx
    .updateTable('articles')
    .set((eb) => ({
      status: 'published',
      publishedAt: sql<number>`coalesce(published_at, scheduled_at)`,
      scheduledAt: null,
      updatedAt: now,
      updatedBy: null,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('status', '=', 'scheduled')
    .where('scheduledAt', '<=', now)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
