import { z } from 'zod';
import { ChaparError, forbidden } from '../../platform/errors.js';
import { parseOrThrow } from '../articles/article-input.js';
import type { ContentContext } from '../context.js';
import { deleteUserSessions } from './sessions.js';
import { hashPassword, verifyPassword } from './passwords.js';

/** A new password: 10 to 200 characters. */
export const newPassword = z.string({ message: 'field.required' }).min(10, { message: 'field.too_short' }).max(200, { message: 'field.too_long' });

export const changePasswordInput = z.object({
  /** The password in use now. */
  currentPassword: z.string({ message: 'field.required' }).min(1, { message: 'field.required' }).max(200, { message: 'field.too_long' }),
  /** The new password (at least 10 characters). */
  newPassword,
});
export type ChangePasswordInput = z.input<typeof changePasswordInput>;

/**
 * The acting user changes their own password. Every other session of theirs ends (a stolen
 * cookie stops working); the session that made the change, when given, stays.
 */
export async function changePassword(ctx: ContentContext, input: ChangePasswordInput, keepSessionId?: number): Promise<void> {
  if (!ctx.actor) throw forbidden('CHAPAR_AUTH_FORBIDDEN', 'Only a signed-in user changes their password');
  const p = parseOrThrow(changePasswordInput, input, 'user');
  const row = await ctx.db.selectFrom('users').select(['passwordHash']).where('id', '=', ctx.actor.userId).executeTakeFirstOrThrow();
  if (!(await verifyPassword(p.currentPassword, row.passwordHash))) {
    throw new ChaparError('invalid', 'CHAPAR_AUTH_WRONG_PASSWORD', 'The current password is wrong', { fields: [{ field: 'currentPassword', message: 'newsroom.field.wrong_password' }] });
  }
  const now = ctx.clock.now().getTime();
  await ctx.db.updateTable('users').set({ passwordHash: await hashPassword(p.newPassword), updatedAt: now }).where('id', '=', ctx.actor.userId).execute();
  await deleteUserSessions(ctx, ctx.actor.userId, keepSessionId);
  await ctx.db.insertInto('auditLog').values({ at: now, userId: ctx.actor.userId, action: 'user.password_changed', articleId: null, details: '{}' }).execute();
}
