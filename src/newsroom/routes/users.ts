import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { assertCan } from '../../content/policies.js';
import { createUser } from '../../content/users/create-user.js';
import { getUser, listUsers } from '../../content/users/get-user.js';
import { logoutEverywhere } from '../../content/users/sessions.js';
import { updateUser } from '../../content/users/update-user.js';
import type { AppDeps } from '../../deps.js';
import { actorOf, ctxOf, parseInput } from '../http.js';
import { presentUser } from '../presenters.js';

export const idParams = z.object({ id: z.coerce.number({ message: 'field.invalid' }).int().positive({ message: 'field.invalid' }) });

/** Users: admins only. */
export async function userRoutes(api: FastifyInstance, deps: AppDeps): Promise<void> {
  api.get('/users', async (req) => {
    assertCan(actorOf(req), 'user.manage');
    return { items: (await listUsers(ctxOf(deps, req))).map(presentUser) };
  });

  api.post('/users', async (req, reply) => {
    assertCan(actorOf(req), 'user.manage');
    const ctx = ctxOf(deps, req);
    const u = await createUser(ctx, req.body as never);
    await ctx.db.insertInto('auditLog').values({ at: ctx.clock.now().getTime(), userId: actorOf(req).userId, action: 'user.create', articleId: null, details: JSON.stringify({ userId: u.id, role: u.role }) }).execute();
    return reply.code(201).send({ user: presentUser(await getUser(ctx, u.id)) });
  });

  api.get('/users/:id', async (req) => {
    assertCan(actorOf(req), 'user.manage');
    const { id } = parseInput(idParams, req.params);
    return { user: presentUser(await getUser(ctxOf(deps, req), id)) };
  });

  api.patch('/users/:id', async (req) => {
    assertCan(actorOf(req), 'user.manage');
    const { id } = parseInput(idParams, req.params);
    return { user: presentUser(await updateUser(ctxOf(deps, req), id, (req.body ?? {}) as never)) };
  });

  api.post('/users/:id/logout-everywhere', async (req) => {
    assertCan(actorOf(req), 'user.manage');
    const { id } = parseInput(idParams, req.params);
    await getUser(ctxOf(deps, req), id);
    return { ended: await logoutEverywhere(ctxOf(deps, req), id) };
  });
}
