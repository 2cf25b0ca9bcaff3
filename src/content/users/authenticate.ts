import { ChaparError } from '../../platform/errors.js';
import type { ContentContext } from '../context.js';
import { findUser, type UserView } from './get-user.js';
import { hashPassword, verifyPassword } from './passwords.js';

/** Failures allowed within the window before the account is locked. */
export const MAX_FAILURES = 5;
/** Failures older than this no longer count. */
export const FAILURE_WINDOW_MS = 15 * 60_000;
/** How long a lockout lasts. */
export const LOCKOUT_MS = 15 * 60_000;

export interface Credentials {
  /** Sign-in e-mail (case-insensitive). */
  email: string;
  password: string;
}

let dummyHash: Promise<string> | undefined;

/** The lockout error: 429 with the seconds until the account opens again. */
export function lockedError(lockedUntil: number, now: number): ChaparError {
  const retryAfterSeconds = Math.max(1, Math.ceil((lockedUntil - now) / 1000));
  return new ChaparError('rate_limited', 'CHAPAR_AUTH_LOCKED', 'Account temporarily locked after repeated failed sign-ins', {
    details: { retryAfterSeconds, retryAfterMinutes: Math.ceil(retryAfterSeconds / 60), lockedUntil: new Date(lockedUntil).toISOString() },
  });
}

/**
 * Checks an e-mail and password. Repeated failures lock the account (also an unknown one,
 * so a lockout reveals nothing) for LOCKOUT_MS: CHAPAR_AUTH_LOCKED (429) until then, even
 * with the right password. Wrong credentials give CHAPAR_AUTH_INVALID (401) without saying
 * which part was wrong; a disabled account gives CHAPAR_AUTH_DISABLED (403).
 */
export async function authenticate(ctx: ContentContext, creds: Credentials): Promise<UserView> {
  const email = creds.email.trim().toLowerCase().slice(0, 320);
  const now = ctx.clock.now().getTime();
  const lock = await ctx.db.selectFrom('loginLockouts').selectAll().where('email', '=', email).executeTakeFirst();
  if (lock?.lockedUntil != null && Number(lock.lockedUntil) > now) throw lockedError(Number(lock.lockedUntil), now);

  const row = await ctx.db.selectFrom('users').select(['id', 'passwordHash']).where('email', '=', email).executeTakeFirst();
  // Verify against a dummy hash for unknown e-mails so the answer takes the same time.
  const ok = row ? await verifyPassword(creds.password, row.passwordHash) : (await verifyPassword(creds.password, await (dummyHash ??= hashPassword('not-a-password'))), false);

  if (!ok) {
    const fresh = !lock || now - Number(lock.firstFailedAt) > FAILURE_WINDOW_MS || (lock.lockedUntil != null && Number(lock.lockedUntil) <= now);
    const failures = fresh ? 1 : lock.failures + 1;
    const lockedUntil = failures >= MAX_FAILURES ? now + LOCKOUT_MS : null;
    const values = { failures, firstFailedAt: fresh ? now : Number(lock.firstFailedAt), lockedUntil, updatedAt: now };
    await ctx.db
      .insertInto('loginLockouts')
      .values({ email, ...values })
      .onConflict((oc) => oc.column('email').doUpdateSet(values))
      .execute();
    if (lockedUntil !== null) {
      await ctx.db.insertInto('auditLog').values({ at: now, userId: row?.id ?? null, action: 'auth.locked', articleId: null, details: JSON.stringify({ email }) }).execute();
      throw lockedError(lockedUntil, now);
    }
    throw new ChaparError('unauthorized', 'CHAPAR_AUTH_INVALID', 'Wrong e-mail or password', { details: { attemptsLeft: MAX_FAILURES - failures } });
  }
  const user = (await findUser(ctx, row!.id))!;
  if (user.disabled) throw new ChaparError('forbidden', 'CHAPAR_AUTH_DISABLED', 'This account is disabled');
  if (lock) await ctx.db.deleteFrom('loginLockouts').where('email', '=', email).execute();
  await ctx.db.updateTable('users').set({ lastLoginAt: now }).where('id', '=', user.id).execute();
  await ctx.db.insertInto('auditLog').values({ at: now, userId: user.id, action: 'auth.login', articleId: null, details: '{}' }).execute();
  return { ...user, lastLoginAt: new Date(now) };
}
