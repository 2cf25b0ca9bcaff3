import { z } from 'zod';
import { invalid } from '../../platform/errors.js';
import { parseOrThrow } from '../articles/article-input.js';
import type { ContentContext } from '../context.js';
import { assertCan } from '../policies.js';
import { ROLES, type Role } from '../types.js';
import { newPassword } from './change-password.js';
import { getUser, type UserView } from './get-user.js';
import { hashPassword } from './passwords.js';
import { deleteUserSessions } from './sessions.js';

export const updateUserInput = z
  .object({
    /** Name shown in the newsroom. */
    displayName: z.string({ message: 'field.invalid' }).trim().min(1, { message: 'field.required' }).max(120, { message: 'field.too_long' }),
    /** reporter, section_editor, chief_editor or admin. */
    role: z.enum(ROLES as [Role, ...Role[]], { message: 'field.invalid' }),
    /** Sections the user edits (section editors). Replaces the list. */
    sectionIds: z.array(z.number({ message: 'field.invalid' }).int().positive(), { message: 'field.invalid' }).max(200),
    /** true disables the account and ends its sessions; false enables it again. */
    disabled: z.boolean({ message: 'field.invalid' }),
    /** A new password set by the admin; ends the user's sessions. */
    password: newPassword,
  })
  .partial()
  .strict();
export type UpdateUserInput = z.input<typeof updateUserInput>;

/** An admin edits a user: name, role, sections, disabled, password. Disabling or a new password signs them out everywhere. */
export async function updateUser(ctx: ContentContext, id: number, input: UpdateUserInput): Promise<UserView> {
  assertCan(ctx.actor, 'user.manage');
  const p = parseOrThrow(updateUserInput, input, 'user');
  const before = await getUser(ctx, id);
  if (ctx.actor && ctx.actor.userId === id && (p.disabled === true || (p.role !== undefined && p.role !== 'admin'))) {
    throw invalid('CHAPAR_USER_SELF_LOCKOUT', 'Admins cannot disable or demote themselves', [{ field: p.disabled ? 'disabled' : 'role', message: 'newsroom.field.self_lockout' }]);
  }
  const now = ctx.clock.now().getTime();
  const passwordHash = p.password !== undefined ? await hashPassword(p.password) : undefined;
  await ctx.db.transaction().execute(async (trx) => {
    if (p.sectionIds !== undefined && p.sectionIds.length) {
      const found = await trx.selectFrom('sections').select('id').where('id', 'in', p.sectionIds).execute();
      if (found.length !== new Set(p.sectionIds).size) throw invalid('CHAPAR_CONTENT_INVALID', 'Unknown section', [{ field: 'sectionIds', message: 'field.unknown_section' }]);
    }
    await trx
      .updateTable('users')
      .set({
        updatedAt: now,
        ...(p.displayName !== undefined ? { displayName: p.displayName } : {}),
        ...(p.role !== undefined ? { role: p.role } : {}),
        ...(p.disabled !== undefined ? { disabled: p.disabled ? 1 : 0 } : {}),
        ...(passwordHash !== undefined ? { passwordHash } : {}),
      })
      .where('id', '=', id)
      .execute();
    if (p.sectionIds !== undefined) {
      await trx.deleteFrom('userSections').where('userId', '=', id).execute();
      const ids = [...new Set(p.sectionIds)];
      if (ids.length) await trx.insertInto('userSections').values(ids.map((sectionId) => ({ userId: id, sectionId }))).execute();
    }
    const changed = Object.keys(p).filter((k) => k !== 'password');
    await trx.insertInto('auditLog').values({ at: now, userId: ctx.actor?.userId ?? null, action: 'user.update', articleId: null, details: JSON.stringify({ userId: id, changed, passwordReset: passwordHash !== undefined, wasDisabled: before.disabled }) }).execute();
  });
  if (p.disabled === true || passwordHash !== undefined) await deleteUserSessions(ctx, id);
  return getUser(ctx, id);
}
