import type { FastifyInstance } from 'fastify';
import { approveArticle } from '../../content/articles/approve-article.js';
import { publishArticle } from '../../content/articles/publish-article.js';
import { returnArticle } from '../../content/articles/return-article.js';
import { setBreaking } from '../../content/articles/set-breaking.js';
import { setTopStory } from '../../content/articles/set-top-story.js';
import { submitArticle } from '../../content/articles/submit-article.js';
import { trashArticle } from '../../content/articles/trash-article.js';
import { unpublishArticle } from '../../content/articles/unpublish-article.js';
import { untrashArticle } from '../../content/articles/untrash-article.js';
import { getArticle } from '../../content/articles/get-article.js';
import { assertCan } from '../../content/policies.js';
import { runBatch } from '../../content/transaction.js';
import type { AppDeps } from '../../deps.js';
import { invalid } from '../../platform/errors.js';
import { ctxOf, parseInput } from '../http.js';
import { breakingBody, publishBody, returnBody, topStoryBody, versionBody } from '../schemas.js';
import { articlePayload } from './articles.js';
import { idParams } from './users.js';

/**
 * Status changes. Each route names the use case; the use case checks the policy (the one
 * place the rule lives) and the allowed-from statuses, and answers 403 / 400 / 409.
 */
export async function workflowRoutes(api: FastifyInstance, deps: AppDeps): Promise<void> {
  const simple = [
    ['submit', submitArticle],
    ['approve', approveArticle],
    ['unpublish', unpublishArticle],
    ['trash', trashArticle],
    ['untrash', untrashArticle],
  ] as const;
  for (const [name, useCase] of simple) {
    api.post(`/articles/:id/${name}`, async (req) => {
      const ctx = ctxOf(deps, req);
      const { id } = parseInput(idParams, req.params);
      const { expectedVersion } = parseInput(versionBody, req.body);
      return articlePayload(deps, ctx, await useCase(ctx, id, expectedVersion));
    });
  }

  api.post('/articles/:id/return', async (req) => {
    const ctx = ctxOf(deps, req);
    const { id } = parseInput(idParams, req.params);
    const body = parseInput(returnBody, req.body);
    return articlePayload(deps, ctx, await returnArticle(ctx, id, body));
  });

  /** Publish now, schedule (`at` in the future), or — the breaking fast path — publish and mark «فوری» in one step. */
  api.post('/articles/:id/publish', async (req) => {
    const ctx = ctxOf(deps, req);
    const { id } = parseInput(idParams, req.params);
    const body = parseInput(publishBody, req.body);
    if (body.breakingUntil) {
      if (body.at && body.at.getTime() > ctx.clock.now().getTime()) throw invalid('CHAPAR_NEWSROOM_INVALID', 'Breaking news is published now', [{ field: 'at', message: 'newsroom.field.breaking_now' }]);
      assertCan(ctx.actor, 'article.breaking', await getArticle(ctx, id));
      const until = body.breakingUntil;
      const a = await runBatch(ctx, async (b) => {
        const published = await publishArticle(b, id, { expectedVersion: body.expectedVersion });
        return setBreaking(b, id, { on: true, until, expectedVersion: published.version });
      });
      return articlePayload(deps, ctx, a);
    }
    return articlePayload(deps, ctx, await publishArticle(ctx, id, { at: body.at, expectedVersion: body.expectedVersion }));
  });

  api.post('/articles/:id/breaking', async (req) => {
    const ctx = ctxOf(deps, req);
    const { id } = parseInput(idParams, req.params);
    const body = parseInput(breakingBody, req.body);
    return articlePayload(deps, ctx, await setBreaking(ctx, id, { on: body.on, until: body.until ?? null, expectedVersion: body.expectedVersion }));
  });

  api.post('/articles/:id/top-story', async (req) => {
    const ctx = ctxOf(deps, req);
    const { id } = parseInput(idParams, req.params);
    const body = parseInput(topStoryBody, req.body);
    return articlePayload(deps, ctx, await setTopStory(ctx, id, body.on, body.expectedVersion));
  });
}
