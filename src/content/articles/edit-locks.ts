import { randomBytes } from 'node:crypto';
import type { ContentContext } from '../context.js';
import { assertCan } from '../policies.js';
import { userNames } from '../users/get-user.js';
import { loadArticle } from './article-store.js';

/** A lock not renewed for this long is free again (the editor heartbeats every ~20 s). */
export const LOCK_TTL_MS = 90_000;

export interface LockHolder {
  userId: number;
  name: string;
  /** When this holder took the article. */
  since: Date;
  heartbeatAt: Date;
}

/**
 * What an editor learns about an article's edit lock:
 * - `held`: the caller holds it (`token` identifies this holding; send it with heartbeats);
 * - `locked`: someone else is editing (`holder`, since when); the caller may take over;
 * - `lost`: the caller held it but `holder` took it over at `takenOverAt`;
 * - `free`: nobody is editing.
 */
export interface LockState {
  status: 'held' | 'locked' | 'lost' | 'free';
  token: string | null;
  holder: LockHolder | null;
  previousUserId: number | null;
  takenOverAt: Date | null;
}

type LockRow = { articleId: number; userId: number; token: string; acquiredAt: number; heartbeatAt: number; previousUserId: number | null; takenOverAt: number | null };

async function readLock(ctx: ContentContext, articleId: number): Promise<LockRow | undefined> {
  return ctx.db.selectFrom('editLocks').selectAll().where('articleId', '=', articleId).executeTakeFirst();
}

async function present(ctx: ContentContext, row: LockRow | undefined, status: LockState['status'] | undefined, myToken?: string): Promise<LockState> {
  const now = ctx.clock.now().getTime();
  const live = row && Number(row.heartbeatAt) + LOCK_TTL_MS > now ? row : undefined;
  if (!live) return { status: status === 'lost' ? 'lost' : 'free', token: null, holder: null, previousUserId: null, takenOverAt: null };
  const names = await userNames(ctx, [live.userId]);
  const holder: LockHolder = { userId: live.userId, name: names.get(live.userId) ?? '', since: new Date(Number(live.acquiredAt)), heartbeatAt: new Date(Number(live.heartbeatAt)) };
  const mine = myToken !== undefined ? live.token === myToken : live.userId === ctx.actor?.userId;
  return {
    status: status ?? (mine ? 'held' : 'locked'),
    token: mine ? live.token : null,
    holder,
    previousUserId: live.previousUserId,
    takenOverAt: live.takenOverAt == null ? null : new Date(Number(live.takenOverAt)),
  };
}

/** Who is editing an article now (no permission beyond seeing the article). */
export async function getEditLock(ctx: ContentContext, articleId: number, myToken?: string): Promise<LockState> {
  const s = await present(ctx, await readLock(ctx, articleId), undefined, myToken);
  // With a token that is no longer current, the caller has lost the lock.
  if (myToken !== undefined && s.status !== 'held') return { ...s, status: 'lost' };
  return s;
}

/**
 * Opens (or renews) an editing session on an article.
 * - `token` given and still current: a heartbeat; answers `held`.
 * - `token` given but someone took over: answers `lost` with the new holder (nothing changes).
 * - no token: takes the lock when free, expired or already the caller's; otherwise answers
 *   `locked` with the holder — unless `takeOver`, which hands the lock to the caller (the
 *   previous holder's next heartbeat or wait answers `lost`).
 */
export async function acquireEditLock(ctx: ContentContext, articleId: number, opts: { token?: string; takeOver?: boolean } = {}): Promise<LockState> {
  const article = await loadArticle(ctx.db, articleId);
  assertCan(ctx.actor, 'article.edit', article);
  const me = ctx.actor?.userId;
  if (me === undefined) throw new Error('edit locks need a user');
  const now = ctx.clock.now().getTime();

  for (let attempt = 0; attempt < 3; attempt++) {
    const row = await readLock(ctx, articleId);
    const live = row && Number(row.heartbeatAt) + LOCK_TTL_MS > now ? row : undefined;
    if (opts.token !== undefined) {
      if (live && live.token === opts.token) {
        await ctx.db.updateTable('editLocks').set({ heartbeatAt: now }).where('articleId', '=', articleId).where('token', '=', opts.token).execute();
        return present(ctx, { ...live, heartbeatAt: now }, 'held', opts.token);
      }
      // A stale token: report the loss unless the caller asks to take the article back.
      if (!opts.takeOver) return present(ctx, live, 'lost', opts.token);
    }
    const token = randomBytes(16).toString('hex');
    if (!row) {
      const ins = await ctx.db
        .insertInto('editLocks')
        .values({ articleId, userId: me, token, acquiredAt: now, heartbeatAt: now, previousUserId: null, takenOverAt: null })
        .onConflict((oc) => oc.column('articleId').doNothing())
        .executeTakeFirst();
      if (Number(ins.numInsertedOrUpdatedRows ?? 0) === 1) return present(ctx, await readLock(ctx, articleId), 'held', token);
      continue; // someone inserted first: look again
    }
    const mineAlready = live && live.userId === me;
    if (live && !mineAlready && !opts.takeOver) return present(ctx, live, 'locked');
    const takingOver = !!live && !mineAlready;
    // Conditional on the token we saw, so two simultaneous take-overs cannot both win.
    const upd = await ctx.db
      .updateTable('editLocks')
      .set({
        userId: me,
        token,
        acquiredAt: mineAlready ? Number(row.acquiredAt) : now,
        heartbeatAt: now,
        previousUserId: takingOver ? row.userId : null,
        takenOverAt: takingOver ? now : null,
      })
      .where('articleId', '=', articleId)
      .where('token', '=', row.token)
      .executeTakeFirst();
    if (Number(upd.numUpdatedRows) === 1) {
      if (takingOver) {
        await ctx.db.insertInto('auditLog').values({ at: now, userId: me, action: 'article.lock_takeover', articleId, details: JSON.stringify({ from: row.userId }) }).execute();
      }
      return present(ctx, await readLock(ctx, articleId), 'held', token);
    }
  }
  return present(ctx, await readLock(ctx, articleId), undefined);
}

/** Ends the caller's editing session (closing the editor). A stale token changes nothing. */
export async function releaseEditLock(ctx: ContentContext, articleId: number, token: string): Promise<void> {
  await ctx.db.deleteFrom('editLocks').where('articleId', '=', articleId).where('token', '=', token).execute();
}

/** Current holders of many articles (for lists). */
export async function editLocksFor(ctx: ContentContext, articleIds: number[]): Promise<Map<number, LockHolder>> {
  const out = new Map<number, LockHolder>();
  if (!articleIds.length) return out;
  const now = ctx.clock.now().getTime();
  const rows = await ctx.db.selectFrom('editLocks').selectAll().where('articleId', 'in', articleIds).where('heartbeatAt', '>', now - LOCK_TTL_MS).execute();
  const names = await userNames(ctx, rows.map((r) => r.userId));
  for (const r of rows) out.set(r.articleId, { userId: r.userId, name: names.get(r.userId) ?? '', since: new Date(Number(r.acquiredAt)), heartbeatAt: new Date(Number(r.heartbeatAt)) });
  return out;
}
