import {
  ensureAuthors,
  ensureTags,
  replaceArticleAuthors,
  replaceArticleTags,
  updateArticleRowIfVersion,
} from '../../db/queries/articles.js';
import { sectionExists } from '../../db/queries/articles.js';
import type { ArticleRowUpdate } from '../../db/schema.js';
import { conflict, invalid } from '../../platform/errors.js';
import type { ContentContext } from '../context.js';
import { assertCan } from '../policies.js';
import { runInTransaction } from '../transaction.js';
import type { Article } from '../types.js';
import { parseOrThrow, updateArticleInput, type UpdateArticleInput } from './article-input.js';
import { afterSave, cacheTagsFor, loadArticle, snapshotOf } from './article-store.js';
import { prepareAuthors, prepareTags, prepareTextFields } from './prepare-fields.js';

/**
 * Saves changes to an article. `expectedVersion` is the version the editor started from:
 * when someone saved in between, the save is refused with CHAPAR_CONTENT_VERSION_CONFLICT
 * (HTTP 409) carrying the current state, and nothing is overwritten.
 */
export async function updateArticle(ctx: ContentContext, id: number, expectedVersion: number, input: UpdateArticleInput): Promise<Article> {
  const patch = parseOrThrow(updateArticleInput, input);
  return runInTransaction(ctx, async (trx, emit) => {
    const before = await loadArticle(trx, id);
    assertCan(ctx.actor, 'article.edit', before);
    if (before.version !== expectedVersion) throw versionConflict(before, expectedVersion);
    if (patch.isTopStory !== undefined && patch.isTopStory !== before.isTopStory) assertCan(ctx.actor, 'article.top_story', before);
    const repair = (patch.typographyRepair ?? before.typographyRepair) && before.lang === 'fa';
    const f = prepareTextFields(patch, before.lang, repair);
    if (f.sectionId != null) {
      if (!(await sectionExists(trx, f.sectionId))) throw invalid('CHAPAR_CONTENT_INVALID', `Unknown section ${f.sectionId}`, [{ field: 'sectionId', message: 'field.unknown_section' }]);
    }
    const now = ctx.clock.now().getTime();
    const row: ArticleRowUpdate = { updatedAt: now, updatedBy: ctx.actor?.userId ?? null };
    for (const key of ['kicker', 'title', 'dateline', 'lead', 'body', 'sourceName', 'sourceUrl', 'slug', 'featuredImageCaption', 'seoTitle', 'seoDescription'] as const) {
      if (f[key] !== undefined) row[key] = f[key];
    }
    if (row.title !== undefined && !row.title) throw invalid('CHAPAR_CONTENT_INVALID', 'title is required', [{ field: 'title', message: 'field.required' }]);
    if (f.slug === '') delete row.slug;
    if (f.sectionId !== undefined) row.sectionId = f.sectionId;
    if (f.featuredImageId !== undefined) row.featuredImageId = f.featuredImageId;
    if (f.isTopStory !== undefined) row.isTopStory = f.isTopStory ? 1 : 0;
    if (f.isBreaking !== undefined) row.isBreaking = f.isBreaking ? 1 : 0;
    if (f.breakingUntil !== undefined) row.breakingUntil = f.breakingUntil ? f.breakingUntil.getTime() : null;
    if (f.isFeatured !== undefined) row.isFeatured = f.isFeatured ? 1 : 0;
    if (f.typographyRepair !== undefined) row.typographyRepair = f.typographyRepair ? 1 : 0;

    const ok = await updateArticleRowIfVersion(trx, id, expectedVersion, row);
    if (!ok) throw versionConflict(await loadArticle(trx, id), expectedVersion);
    if (f.tags !== undefined) {
      const tags = await ensureTags(trx, before.lang, prepareTags(f.tags, before.lang, repair), now);
      await replaceArticleTags(trx, id, tags.map((t) => t.id));
    }
    if (f.authors !== undefined) {
      const authors = await ensureAuthors(trx, prepareAuthors(f.authors, before.lang), now);
      await replaceArticleAuthors(trx, id, authors.map((a) => a.id));
    }
    const after = await loadArticle(trx, id);
    await afterSave(ctx, trx, after, 'article.update');
    emit({ type: 'article.updated', articleId: id, code: after.code, lang: after.lang, tags: cacheTagsFor(before, after) });
    return after;
  });
}

/** The conflict error: carries the current state so the editor can show both versions. */
export function versionConflict(current: Article, expectedVersion: number) {
  return conflict('CHAPAR_CONTENT_VERSION_CONFLICT', `Article ${current.id} is at version ${current.version}, not ${expectedVersion}`, {
    currentVersion: current.version,
    expectedVersion,
    current: snapshotOf(current),
    updatedBy: current.updatedBy,
    updatedAt: current.updatedAt.toISOString(),
  });
}
