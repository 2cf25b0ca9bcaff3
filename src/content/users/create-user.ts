import { z } from 'zod';
import { conflict } from '../../platform/errors.js';
import { parseOrThrow } from '../articles/article-input.js';
import type { ContentContext } from '../context.js';
import { assertCan } from '../policies.js';
import { ROLES, type Role, type User } from '../types.js';
import { hashPassword } from './passwords.js';

export const createUserInput = z.object({
  /** Sign-in e-mail; unique. */
  email: z.string({ message: 'field.required' }).trim().toLowerCase().email({ message: 'field.invalid_email' }),
  /** Name shown in the newsroom. */
  displayName: z.string().trim().max(120, { message: 'field.too_long' }).optional(),
  /** One of reporter, section_editor, chief_editor, admin. */
  role: z.enum(ROLES as [Role, ...Role[]], { message: 'field.invalid' }),
  /** At least 10 characters. */
  password: z.string({ message: 'field.required' }).min(10, { message: 'field.too_short' }).max(200, { message: 'field.too_long' }),
  /** Sections a section editor is responsible for. */
  sectionIds: z.array(z.number().int().positive()).default([]),
});
export type CreateUserInput = z.input<typeof createUserInput>;

/** Creates a newsroom user. E-mails are unique (CHAPAR_USER_EXISTS otherwise). */
export async function createUser(ctx: ContentContext, input: CreateUserInput): Promise<User> {
  assertCan(ctx.actor, 'user.manage');
  const u = parseOrThrow(createUserInput, input, 'user');
  const passwordHash = await hashPassword(u.password);
  const now = ctx.clock.now().getTime();
  return ctx.db.transaction().execute(async (trx) => {
    const exists = await trx.selectFrom('users').select('id').where('email', '=', u.email).executeTakeFirst();
    if (exists) throw conflict('CHAPAR_USER_EXISTS', `A user with e-mail ${u.email} already exists`);
    const { id } = await trx
      .insertInto('users')
      .values({ email: u.email, displayName: u.displayName || u.email.split('@')[0]!, passwordHash, role: u.role, disabled: 0, createdAt: now, updatedAt: now, lastLoginAt: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (u.sectionIds.length) await trx.insertInto('userSections').values(u.sectionIds.map((sectionId) => ({ userId: id, sectionId }))).execute();
    return { id, email: u.email, displayName: u.displayName || u.email.split('@')[0]!, role: u.role, disabled: false, sectionIds: u.sectionIds, createdAt: new Date(now) };
  });
}

/** Whether an admin exists (a start creates the first admin when none does). */
export async function hasAdmin(ctx: ContentContext): Promise<boolean> {
  return !!(await ctx.db.selectFrom('users').select('id').where('role', '=', 'admin').limit(1).executeTakeFirst());
}
