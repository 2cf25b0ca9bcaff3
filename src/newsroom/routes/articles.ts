import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { addArticleComment, listArticleNotes } from '../../content/articles/article-notes.js';
import { listConflictCopies, saveConflictCopy } from '../../content/articles/conflict-copies.js';
import { createArticle } from '../../content/articles/create-article.js';
import { getEditLock } from '../../content/articles/edit-locks.js';
import { getArticle } from '../../content/articles/get-article.js';
import { listNewsroomArticles } from '../../content/articles/list-newsroom-articles.js';
import { updateArticle } from '../../content/articles/update-article.js';
import { listAudit } from '../../content/audit/list-audit.js';
import type { ContentContext } from '../../content/context.js';
import { assertCan } from '../../content/policies.js';
import type { Article } from '../../content/types.js';
import type { AppDeps } from '../../deps.js';
import { ChaparError, isChaparError } from '../../platform/errors.js';
import { actorOf, ctxOf, parseInput, permissionsFor } from '../http.js';
import { presentArticle, presentLock, presentNote } from '../presenters.js';
import { createArticleBody, listQuery, updateArticleBody } from '../schemas.js';
import { idParams } from './users.js';

/** Loads an article the actor may see (403 otherwise). */
export async function visibleArticle(ctx: ContentContext, id: number): Promise<Article> {
  const a = await getArticle(ctx, id);
  assertCan(ctx.actor, 'article.view', a);
  return a;
}

/** The full editor payload: the article, what the user may do with it, who is editing it, the desk's notes. */
export async function articlePayload(deps: AppDeps, ctx: ContentContext, a: Article) {
  return {
    article: presentArticle(a, deps.config.publicUrl),
    permissions: permissionsFor(ctx.actor!, a),
    lock: presentLock(await getEditLock(ctx, a.id)),
    notes: (await listArticleNotes(ctx, a.id)).map(presentNote),
  };
}

const noteBody = z.object({ body: z.string({ message: 'field.required' }).trim().min(1, { message: 'field.required' }).max(5000, { message: 'field.too_long' }) }).strict();
const auditQuery = z.object({ before: z.coerce.number().int().positive().optional(), limit: z.coerce.number().int().min(1).max(200).default(50) });

export async function articleRoutes(api: FastifyInstance, deps: AppDeps): Promise<void> {
  api.get('/articles', async (req) => {
    const q = parseInput(listQuery, req.query);
    const res = await listNewsroomArticles(ctxOf(deps, req), { ...q, statuses: q.status });
    return res;
  });

  api.post('/articles', async (req, reply) => {
    const ctx = ctxOf(deps, req);
    assertCan(ctx.actor, 'article.create');
    parseInput(createArticleBody, req.body);
    const a = await createArticle(ctx, req.body as never);
    return reply.code(201).send(await articlePayload(deps, ctx, a));
  });

  api.get('/articles/:id', async (req) => {
    const ctx = ctxOf(deps, req);
    const { id } = parseInput(idParams, req.params);
    return articlePayload(deps, ctx, await visibleArticle(ctx, id));
  });

  /**
   * Saves (also autosaves). A save from an older version is refused with 409
   * CHAPAR_CONTENT_VERSION_CONFLICT: details.current is the newer state, details.yours what
   * was sent, details.conflictCopyId where the refused save is kept — nothing is lost.
   */
  api.patch('/articles/:id', async (req) => {
    const ctx = ctxOf(deps, req);
    const { id } = parseInput(idParams, req.params);
    const { expectedVersion, ...fields } = parseInput(updateArticleBody, req.body);
    const raw = { ...(req.body as Record<string, unknown>) };
    delete raw.expectedVersion;
    try {
      const a = await updateArticle(ctx, id, expectedVersion, raw as never);
      return articlePayload(deps, ctx, a);
    } catch (e) {
      if (isChaparError(e) && e.code === 'CHAPAR_CONTENT_VERSION_CONFLICT') {
        const currentVersion = Number(e.details?.currentVersion);
        const copyId = await saveConflictCopy(ctx, { articleId: id, baseVersion: expectedVersion, currentVersion, data: raw });
        const names = e.details?.updatedBy ? await ctx.db.selectFrom('users').select('displayName').where('id', '=', Number(e.details.updatedBy)).executeTakeFirst() : undefined;
        throw new ChaparError('conflict', e.code, e.message, { details: { ...e.details, updatedByName: names?.displayName ?? null, yours: raw, conflictCopyId: copyId } });
      }
      void fields;
      throw e;
    }
  });

  api.get('/articles/:id/notes', async (req) => {
    const ctx = ctxOf(deps, req);
    const { id } = parseInput(idParams, req.params);
    await visibleArticle(ctx, id);
    return { items: (await listArticleNotes(ctx, id)).map(presentNote) };
  });

  api.post('/articles/:id/notes', async (req, reply) => {
    const ctx = ctxOf(deps, req);
    const { id } = parseInput(idParams, req.params);
    const a = await visibleArticle(ctx, id);
    const { body } = parseInput(noteBody, req.body);
    await addArticleComment(ctx, id, a.version, body);
    return reply.code(201).send({ items: (await listArticleNotes(ctx, id)).map(presentNote) });
  });

  api.get('/articles/:id/conflicts', async (req) => {
    const ctx = ctxOf(deps, req);
    const { id } = parseInput(idParams, req.params);
    assertCan(ctx.actor, 'article.edit', await getArticle(ctx, id));
    return { items: (await listConflictCopies(ctx, id)).map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })) };
  });

  api.get('/articles/:id/audit', async (req) => {
    const ctx = ctxOf(deps, req);
    const { id } = parseInput(idParams, req.params);
    await visibleArticle(ctx, id);
    const q = parseInput(auditQuery, req.query);
    const res = await listAudit(ctx, { articleId: id, ...q });
    return { items: res.items.map((e) => ({ ...e, at: e.at.toISOString() })), next: res.next };
  });

  api.get('/audit', async (req) => {
    const ctx = ctxOf(deps, req);
    assertCan(actorOf(req), 'audit.view');
    const q = parseInput(auditQuery.extend({ userId: z.coerce.number().int().positive().optional(), articleId: z.coerce.number().int().positive().optional() }), req.query);
    const res = await listAudit(ctx, q);
    return { items: res.items.map((e) => ({ ...e, at: e.at.toISOString() })), next: res.next };
  });
}
