import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { authenticate } from '../../content/users/authenticate.js';
import { changePassword } from '../../content/users/change-password.js';
import { createSession, deleteSession, logoutEverywhere, SESSION_MAX_MS } from '../../content/users/sessions.js';
import { withActor } from '../../content/context.js';
import type { AppDeps } from '../../deps.js';
import { ChaparError } from '../../platform/errors.js';
import { ctxOf, parseInput, sessionOf, setSessionCookie } from '../http.js';
import { presentUser } from '../presenters.js';
import { can } from '../../content/policies.js';
import type { Actor } from '../../content/types.js';

const loginBody = z.object({
  email: z.string({ message: 'field.required' }).trim().min(1, { message: 'field.required' }).max(320, { message: 'field.too_long' }),
  password: z.string({ message: 'field.required' }).min(1, { message: 'field.required' }).max(200, { message: 'field.too_long' }),
});

/** Role-level abilities, for the UI's menus (article-level ones come with each article). */
export function roleAbilities(actor: Actor) {
  return {
    manageUsers: can(actor, 'user.manage'),
    readAudit: can(actor, 'audit.view'),
    pickTopStory: can(actor, 'article.top_story'),
    reviewAnySection: actor.role === 'chief_editor' || actor.role === 'admin',
    editMedia: can(actor, 'media.edit'),
  };
}

export async function authRoutes(api: FastifyInstance, deps: AppDeps, loginRateLimit: { max: number; timeWindow: number }): Promise<void> {
  api.post('/auth/login', { config: { public: true, rateLimit: loginRateLimit } }, async (req, reply) => {
    const body = parseInput(loginBody, req.body);
    const user = await authenticate(deps.ctx, body);
    const s = await createSession(deps.ctx, user.id, { ip: req.ip, userAgent: req.headers['user-agent'] });
    setSessionCookie(deps, req, reply, s.token, Math.floor(SESSION_MAX_MS / 1000));
    const actor = { userId: user.id, role: user.role, sectionIds: user.sectionIds };
    return reply.header('cache-control', 'no-store').send({ user: presentUser(user), csrfToken: s.csrfToken, abilities: roleAbilities(actor), expiresAt: s.expiresAt.toISOString() });
  });

  api.get('/auth/session', async (req, reply) => {
    const s = sessionOf(req);
    return reply.header('cache-control', 'no-store').send({ user: presentUser(s.user), csrfToken: s.csrfToken, abilities: roleAbilities(s.actor), expiresAt: s.expiresAt.toISOString() });
  });

  api.post('/auth/logout', async (req, reply) => {
    await deleteSession(deps.ctx, sessionOf(req).sessionId);
    setSessionCookie(deps, req, reply, null);
    return reply.code(204).send();
  });

  api.post('/auth/logout-everywhere', async (req, reply) => {
    const s = sessionOf(req);
    const ended = await logoutEverywhere(withActor(deps.ctx, s.actor), s.user.id);
    setSessionCookie(deps, req, reply, null);
    return reply.send({ ended });
  });

  api.post('/auth/password', async (req, reply) => {
    const s = sessionOf(req);
    if (!req.body || typeof req.body !== 'object') throw new ChaparError('invalid', 'CHAPAR_NEWSROOM_INVALID', 'JSON body required');
    await changePassword(ctxOf(deps, req), req.body as never, s.sessionId);
    return reply.code(204).send();
  });
}
