import { notFound } from '../../platform/errors.js';
import type { ContentContext } from '../context.js';
import type { Actor, Role, User } from '../types.js';

type UserRowLike = { id: number; email: string; displayName: string; role: string; disabled: number; createdAt: number };

/** A newsroom user as the API shows it (never with the password hash). */
export interface UserView extends User {
  lastLoginAt: Date | null;
}

async function sectionIdsOf(ctx: ContentContext, ids: number[]): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>();
  if (!ids.length) return out;
  const rows = await ctx.db.selectFrom('userSections').select(['userId', 'sectionId']).where('userId', 'in', ids).orderBy('sectionId').execute();
  for (const r of rows) out.set(r.userId, [...(out.get(r.userId) ?? []), r.sectionId]);
  return out;
}

function toUser(r: UserRowLike & { lastLoginAt: number | null }, sectionIds: number[]): UserView {
  return {
    id: r.id,
    email: r.email,
    displayName: r.displayName,
    role: r.role as Role,
    disabled: !!r.disabled,
    sectionIds,
    createdAt: new Date(Number(r.createdAt)),
    lastLoginAt: r.lastLoginAt == null ? null : new Date(Number(r.lastLoginAt)),
  };
}

const COLUMNS = ['id', 'email', 'displayName', 'role', 'disabled', 'createdAt', 'lastLoginAt'] as const;

/** A user by id, or undefined. No policy check: callers decide who may see whom. */
export async function findUser(ctx: ContentContext, id: number): Promise<UserView | undefined> {
  const r = await ctx.db.selectFrom('users').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  if (!r) return undefined;
  return toUser(r, (await sectionIdsOf(ctx, [id])).get(id) ?? []);
}

/** A user by id, or CHAPAR_USER_NOT_FOUND. */
export async function getUser(ctx: ContentContext, id: number): Promise<UserView> {
  const u = await findUser(ctx, id);
  if (!u) throw notFound('CHAPAR_USER_NOT_FOUND', `User ${id} not found`);
  return u;
}

/** Every user, by name. */
export async function listUsers(ctx: ContentContext): Promise<UserView[]> {
  const rows = await ctx.db.selectFrom('users').select(COLUMNS).orderBy('displayName').orderBy('id').execute();
  const secs = await sectionIdsOf(ctx, rows.map((r) => r.id));
  return rows.map((r) => toUser(r, secs.get(r.id) ?? []));
}

/** Display names of users by id (for bylines in lists, lock holders, audit entries). */
export async function userNames(ctx: ContentContext, ids: Array<number | null | undefined>): Promise<Map<number, string>> {
  const want = [...new Set(ids.filter((x): x is number => typeof x === 'number'))];
  const out = new Map<number, string>();
  if (!want.length) return out;
  const rows = await ctx.db.selectFrom('users').select(['id', 'displayName']).where('id', 'in', want).execute();
  for (const r of rows) out.set(r.id, r.displayName);
  return out;
}

/** The actor a user acts as. */
export function actorOf(u: Pick<User, 'id' | 'role' | 'sectionIds'>): Actor {
  return { userId: u.id, role: u.role, sectionIds: u.sectionIds };
}
