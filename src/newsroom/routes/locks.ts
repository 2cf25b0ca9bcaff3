import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { acquireEditLock, getEditLock, releaseEditLock } from '../../content/articles/edit-locks.js';
import type { AppDeps } from '../../deps.js';
import { ctxOf, parseInput } from '../http.js';
import type { LockEvents } from '../lock-events.js';
import { presentLock } from '../presenters.js';
import { visibleArticle } from './articles.js';
import { idParams } from './users.js';

const lockBody = z.object({ token: z.string().max(64).optional(), takeOver: z.boolean().optional() }).strict();
const tokenQuery = z.object({ token: z.string({ message: 'field.required' }).min(1).max(64) });
const waitQuery = z.object({ token: z.string().max(64).optional(), timeout: z.coerce.number().int().min(1).max(60).default(25) });
/** A wait re-reads the database this often (take-overs through another server process). */
const POLL_MS = 3000;

/**
 * Edit locks («who is editing»): open/heartbeat, take over, release, and a long-poll wait
 * that answers as soon as the lock changes — how the first editor learns at once that
 * someone took over.
 */
export async function lockRoutes(api: FastifyInstance, deps: AppDeps, events: LockEvents): Promise<void> {
  api.get('/articles/:id/lock', async (req) => {
    const ctx = ctxOf(deps, req);
    const { id } = parseInput(idParams, req.params);
    await visibleArticle(ctx, id);
    const { token } = parseInput(waitQuery, req.query);
    return presentLock(await getEditLock(ctx, id, token));
  });

  api.post('/articles/:id/lock', async (req) => {
    const ctx = ctxOf(deps, req);
    const { id } = parseInput(idParams, req.params);
    const body = parseInput(lockBody, req.body);
    const before = await getEditLock(ctx, id);
    const s = await acquireEditLock(ctx, id, body);
    if (s.token && s.token !== before.token) events.changed(id);
    return presentLock(s);
  });

  api.delete('/articles/:id/lock', async (req, reply) => {
    const ctx = ctxOf(deps, req);
    const { id } = parseInput(idParams, req.params);
    const { token } = parseInput(tokenQuery, req.query);
    await releaseEditLock(ctx, id, token);
    events.changed(id);
    return reply.code(204).send();
  });

  /**
   * Long poll: answers when the lock differs from what the caller knows (`token` = the
   * caller's holding; omitted = "tell me when the holder changes"), or after `timeout` seconds.
   */
  api.get('/articles/:id/lock/wait', async (req) => {
    const ctx = ctxOf(deps, req);
    const { id } = parseInput(idParams, req.params);
    await visibleArticle(ctx, id);
    const { token, timeout } = parseInput(waitQuery, req.query);
    const initial = await getEditLock(ctx, id, token);
    const known = JSON.stringify(presentLock(initial).holder?.userId ?? null) + initial.status;
    if (token && initial.status !== 'held') return presentLock(initial);
    const deadline = Date.now() + timeout * 1000;
    const abort = new AbortController();
    req.raw.once('close', () => abort.abort());
    while (Date.now() < deadline && !abort.signal.aborted) {
      await events.next(id, Math.min(POLL_MS, deadline - Date.now()), abort.signal);
      const now = await getEditLock(ctx, id, token);
      if (JSON.stringify(presentLock(now).holder?.userId ?? null) + now.status !== known) return presentLock(now);
    }
    return presentLock(await getEditLock(ctx, id, token));
  });
}
