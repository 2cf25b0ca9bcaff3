import { notFound } from '../../platform/errors.js';
import type { ContentContext } from '../context.js';
import { runBatch } from '../transaction.js';
import type { Article, Revision } from '../types.js';
import { loadArticle } from './article-store.js';
import { updateArticle } from './update-article.js';

/** One saved version of an article, or CHAPAR_CONTENT_REVISION_NOT_FOUND. */
export async function getRevision(ctx: ContentContext, articleId: number, version: number): Promise<Revision> {
  const r = await ctx.db.selectFrom('revisions').selectAll().where('articleId', '=', articleId).where('version', '=', version).executeTakeFirst();
  if (!r) throw notFound('CHAPAR_CONTENT_REVISION_NOT_FOUND', `Article ${articleId} has no version ${version}`);
  return { id: r.id, articleId: r.articleId, version: r.version, createdAt: new Date(Number(r.createdAt)), createdBy: r.createdBy, note: r.note, data: JSON.parse(r.data) };
}

/**
 * Brings back the content of an old version as a new save (nothing is overwritten: the
 * state being replaced stays in the history). Status, publication time and flags are not
 * restored — only what the editor writes: texts, section, tags, authors, image, slug, SEO.
 * Same permission and version check as any save.
 */
export async function restoreRevision(ctx: ContentContext, articleId: number, version: number, expectedVersion: number): Promise<Article> {
  const rev = await getRevision(ctx, articleId, version);
  const d = rev.data;
  return runBatch(ctx, async (b) => {
    let imageId = d.featuredImageId ?? null;
    if (imageId != null && !(await b.db.selectFrom('media').select('id').where('id', '=', imageId).executeTakeFirst())) imageId = null;
    let sectionId = d.sectionId ?? null;
    if (sectionId != null && !(await b.db.selectFrom('sections').select('id').where('id', '=', sectionId).executeTakeFirst())) sectionId = null;
    const current = await loadArticle(b.db, articleId);
    const a = await updateArticle(b, articleId, expectedVersion, {
      kicker: d.kicker,
      title: d.title,
      dateline: d.dateline,
      lead: d.lead,
      body: d.body,
      sourceName: d.sourceName,
      sourceUrl: d.sourceUrl,
      slug: d.slug,
      sectionId,
      featuredImageId: imageId,
      featuredImageCaption: d.featuredImageCaption,
      seoTitle: d.seoTitle,
      seoDescription: d.seoDescription,
      tags: d.tags,
      authors: d.authors,
      // The text is restored as it was stored, not repaired again.
      typographyRepair: false,
    });
    // Keep the article's own typography setting; only this save skipped the repair.
    if (current.typographyRepair) await b.db.updateTable('articles').set({ typographyRepair: 1 }).where('id', '=', articleId).execute();
    await b.db.updateTable('revisions').set({ note: `restored from version ${version}` }).where('articleId', '=', articleId).where('version', '=', a.version).execute();
    await b.db.insertInto('auditLog').values({ at: ctx.clock.now().getTime(), userId: ctx.actor?.userId ?? null, action: 'article.restore_revision', articleId, details: JSON.stringify({ restoredVersion: version, version: a.version }) }).execute();
    return { ...a, typographyRepair: current.typographyRepair };
  });
}
