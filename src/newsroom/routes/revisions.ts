import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { diffRevisions } from '../../content/articles/diff-revisions.js';
import { listRevisions } from '../../content/articles/list-revisions.js';
import { getRevision, restoreRevision } from '../../content/articles/restore-revision.js';
import { userNames } from '../../content/users/get-user.js';
import type { AppDeps } from '../../deps.js';
import { ctxOf, parseInput } from '../http.js';
import { presentRevision } from '../presenters.js';
import { articlePayload, visibleArticle } from './articles.js';

const versionParams = z.object({
  id: z.coerce.number({ message: 'field.invalid' }).int().positive({ message: 'field.invalid' }),
  version: z.coerce.number({ message: 'field.invalid' }).int().positive({ message: 'field.invalid' }),
});
const diffQuery = z.object({ to: z.coerce.number({ message: 'field.invalid' }).int().positive().optional() });
const restoreBody = z.object({ expectedVersion: z.number({ message: 'field.required' }).int().positive() }).strict();

export async function revisionRoutes(api: FastifyInstance, deps: AppDeps): Promise<void> {
  api.get('/articles/:id/revisions', async (req) => {
    const ctx = ctxOf(deps, req);
    const { id } = parseInput(versionParams.pick({ id: true }), req.params);
    await visibleArticle(ctx, id);
    const revs = await listRevisions(ctx, id);
    const names = await userNames(ctx, revs.map((r) => r.createdBy));
    return { items: revs.map((r) => ({ ...presentRevision(r, false), createdByName: r.createdBy == null ? null : names.get(r.createdBy) ?? null })) };
  });

  api.get('/articles/:id/revisions/:version', async (req) => {
    const ctx = ctxOf(deps, req);
    const { id, version } = parseInput(versionParams, req.params);
    await visibleArticle(ctx, id);
    return { revision: presentRevision(await getRevision(ctx, id, version), true) };
  });

  /** Readable diff from `version` to `?to=` (default: the current article). */
  api.get('/articles/:id/revisions/:version/diff', async (req) => {
    const ctx = ctxOf(deps, req);
    const { id, version } = parseInput(versionParams, req.params);
    const { to } = parseInput(diffQuery, req.query);
    await visibleArticle(ctx, id);
    return diffRevisions(ctx, id, version, to);
  });

  api.post('/articles/:id/revisions/:version/restore', async (req) => {
    const ctx = ctxOf(deps, req);
    const { id, version } = parseInput(versionParams, req.params);
    const { expectedVersion } = parseInput(restoreBody, req.body);
    return articlePayload(deps, ctx, await restoreRevision(ctx, id, version, expectedVersion));
  });
}
