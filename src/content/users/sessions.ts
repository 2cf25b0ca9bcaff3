import { createHash, randomBytes } from 'node:crypto';
import type { ContentContext } from '../context.js';
import type { Actor } from '../types.js';
import { actorOf, findUser, type UserView } from './get-user.js';

/** A session ends after this long without a request… */
export const SESSION_IDLE_MS = 12 * 60 * 60_000;
/** …and in any case this long after sign-in. */
export const SESSION_MAX_MS = 7 * 24 * 60 * 60_000;
/** lastSeenAt is written at most this often (one write per minute, not per request). */
const TOUCH_EVERY_MS = 60_000;

/** SHA-256 (hex) of a session token: only this is stored, so a database leak yields no usable cookies. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface NewSession {
  /** The cookie value (32 random bytes, base64url). Shown once; only its hash is stored. */
  token: string;
  /** The CSRF token bound to the session. */
  csrfToken: string;
  sessionId: number;
  expiresAt: Date;
}

export interface ActiveSession {
  sessionId: number;
  csrfToken: string;
  user: UserView;
  actor: Actor;
  createdAt: Date;
  expiresAt: Date;
}

/** Opens a session for a user who has just authenticated. */
export async function createSession(ctx: ContentContext, userId: number, meta: { ip?: string; userAgent?: string } = {}): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const now = ctx.clock.now().getTime();
  const expiresAt = now + SESSION_MAX_MS;
  const { id } = await ctx.db
    .insertInto('sessions')
    .values({ tokenHash: hashToken(token), userId, csrfToken, createdAt: now, lastSeenAt: now, expiresAt, ip: (meta.ip ?? '').slice(0, 64), userAgent: (meta.userAgent ?? '').slice(0, 300) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { token, csrfToken, sessionId: id, expiresAt: new Date(expiresAt) };
}

/**
 * The live session for a cookie token, with its user, or undefined when the token is
 * unknown, expired (idle or absolute) or the user is disabled. Expired rows are removed.
 */
export async function findSession(ctx: ContentContext, token: string): Promise<ActiveSession | undefined> {
  if (!token || token.length > 100) return undefined;
  const now = ctx.clock.now().getTime();
  const s = await ctx.db.selectFrom('sessions').selectAll().where('tokenHash', '=', hashToken(token)).executeTakeFirst();
  if (!s) return undefined;
  if (Number(s.expiresAt) <= now || Number(s.lastSeenAt) + SESSION_IDLE_MS <= now) {
    await ctx.db.deleteFrom('sessions').where('id', '=', s.id).execute();
    return undefined;
  }
  const user = await findUser(ctx, s.userId);
  if (!user || user.disabled) return undefined;
  if (now - Number(s.lastSeenAt) >= TOUCH_EVERY_MS) await ctx.db.updateTable('sessions').set({ lastSeenAt: now }).where('id', '=', s.id).execute();
  return { sessionId: s.id, csrfToken: s.csrfToken, user, actor: actorOf(user), createdAt: new Date(Number(s.createdAt)), expiresAt: new Date(Number(s.expiresAt)) };
}

/** Ends one session (sign-out). */
export async function deleteSession(ctx: ContentContext, sessionId: number): Promise<void> {
  await ctx.db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/**
 * Ends every session of a user ("sign out everywhere", password change, disabling),
 * optionally keeping one (the session that changed the password). Returns how many ended.
 */
export async function deleteUserSessions(ctx: ContentContext, userId: number, keepSessionId?: number): Promise<number> {
  let q = ctx.db.deleteFrom('sessions').where('userId', '=', userId);
  if (keepSessionId !== undefined) q = q.where('id', '<>', keepSessionId);
  const r = await q.executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** Signs the acting user out of every session (theirs, or — for admins — anyone's). */
export async function logoutEverywhere(ctx: ContentContext, userId: number): Promise<number> {
  const n = await deleteUserSessions(ctx, userId);
  await ctx.db.insertInto('auditLog').values({ at: ctx.clock.now().getTime(), userId: ctx.actor?.userId ?? null, action: 'auth.logout_everywhere', articleId: null, details: JSON.stringify({ userId, sessions: n }) }).execute();
  return n;
}
