/**
 * The newsroom JSON API under /api/newsroom/v1: guards (origin, session, CSRF), the login
 * rate limit, multipart uploads, the routes, and the scheduler jobs. Everything inside one
 * encapsulated Fastify scope, so its hooks and error handler touch no other module.
 */
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import type { Plugin } from '../app.js';
import { publishDueArticles } from '../content/articles/publish-due-articles.js';
import { expireBreakingNews } from '../content/articles/set-breaking.js';
import { MAX_UPLOAD_BYTES } from '../content/media/upload-image.js';
import { ChaparError } from '../platform/errors.js';
import { JobRunner } from '../platform/jobs.js';
import { newsroomErrorHandler } from './errors.js';
import { LockEvents } from './lock-events.js';
import { articleRoutes } from './routes/articles.js';
import { authRoutes } from './routes/auth.js';
import { lockRoutes } from './routes/locks.js';
import { lookupRoutes } from './routes/lookups.js';
import { mediaRoutes } from './routes/media.js';
import { revisionRoutes } from './routes/revisions.js';
import { searchRoutes } from './routes/search.js';
import { userRoutes } from './routes/users.js';
import { workflowRoutes } from './routes/workflow.js';
import { installGuards } from './security.js';

export const NEWSROOM_PREFIX = '/api/newsroom/v1';
/** Sign-in attempts per client address per minute (on top of the per-account lockout). */
export const LOGIN_RATE_LIMIT = { max: 20, timeWindow: 60_000 };

export const registerNewsroom: Plugin = async (app, deps) => {
  // The scheduler and the breaking-news expiry run in every serving process; both are safe
  // to run concurrently. They start when the server listens (not for in-process tests).
  const jobs = new JobRunner(deps.logger)
    .add({ name: 'publish-scheduled', everyMs: 15_000, run: () => publishDueArticles(deps.ctx) })
    .add({ name: 'expire-breaking', everyMs: 60_000, run: () => expireBreakingNews(deps.ctx) });
  deps.services.newsroomJobs = jobs;
  app.addHook('onListen', async () => jobs.start());
  deps.onClose(() => jobs.stop());
  app.addHook('onClose', async () => jobs.stop());

  await app.register(
    async (api) => {
      api.setErrorHandler(newsroomErrorHandler(deps.logger));
      await api.register(rateLimit, {
        global: false,
        errorResponseBuilder: (_req, ctx) =>
          new ChaparError('rate_limited', 'CHAPAR_AUTH_RATE_LIMITED', 'Too many sign-in attempts from this address', {
            details: { retryAfterSeconds: Math.max(1, Math.ceil(ctx.ttl / 1000)) },
          }),
      });
      await api.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 }, throwFileSizeLimit: true });
      installGuards(api, deps);
      api.addHook('onSend', async (_req, reply) => {
        reply.header('cache-control', 'no-store');
      });
      const lockEvents = new LockEvents();
      await authRoutes(api, deps, LOGIN_RATE_LIMIT);
      await userRoutes(api, deps);
      await articleRoutes(api, deps);
      await workflowRoutes(api, deps);
      await revisionRoutes(api, deps);
      await lockRoutes(api, deps, lockEvents);
      await mediaRoutes(api, deps);
      await lookupRoutes(api, deps);
      await searchRoutes(api, deps);
      api.setNotFoundHandler(async () => {
        throw new ChaparError('not_found', 'CHAPAR_NEWSROOM_NO_ROUTE', 'No such newsroom route');
      });
    },
    { prefix: NEWSROOM_PREFIX },
  );
};
