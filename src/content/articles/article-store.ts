/** Helpers shared by the article use cases: loading, snapshots, cache tags, revisions. */
import type { Kysely } from 'kysely';
import {
  findArticleRowByCode,
  findArticleRowById,
  hydrateArticles,
  insertAudit,
  insertAudits,
  insertRevision,
  insertRevisions,
} from '../../db/queries/articles.js';
import type { Database } from '../../db/schema.js';
import { notFound } from '../../platform/errors.js';
import type { ContentContext } from '../context.js';
import type { Article, ArticleSnapshot } from '../types.js';

/** Loads a full article by id (any status), or throws CHAPAR_CONTENT_ARTICLE_NOT_FOUND. */
export async function loadArticle(db: Kysely<Database>, id: number): Promise<Article> {
  const row = await findArticleRowById(db, id);
  if (!row) throw notFound('CHAPAR_CONTENT_ARTICLE_NOT_FOUND', `Article ${id} not found`);
  return (await hydrateArticles(db, [row]))[0]!;
}

/** Loads a full article by its public news code (any status), or undefined. */
export async function findArticleByCode(db: Kysely<Database>, code: number): Promise<Article | undefined> {
  const row = await findArticleRowByCode(db, code);
  return row ? (await hydrateArticles(db, [row]))[0] : undefined;
}

/** The editable state of an article, as stored in a revision. */
export function snapshotOf(a: Article): ArticleSnapshot {
  return {
    kicker: a.kicker,
    title: a.title,
    dateline: a.dateline,
    lead: a.lead,
    body: a.body,
    sourceName: a.sourceName,
    sourceUrl: a.sourceUrl,
    slug: a.slug,
    status: a.status,
    sectionId: a.sectionId,
    featuredImageId: a.featuredImageId,
    featuredImageCaption: a.featuredImageCaption,
    isTopStory: a.isTopStory,
    isBreaking: a.isBreaking,
    isFeatured: a.isFeatured,
    seoTitle: a.seoTitle,
    seoDescription: a.seoDescription,
    version: a.version,
    tags: a.tags.map((t) => t.name),
    authors: a.authors.map((x) => x.name),
    publishedAt: a.publishedAt?.toISOString() ?? null,
    scheduledAt: a.scheduledAt?.toISOString() ?? null,
    breakingUntil: a.breakingUntil?.toISOString() ?? null,
  };
}

/**
 * Cache tags a change to this article makes stale (its page, its section and tag lists, the
 * home page and feeds of its edition). Pass the state before the change too, so that moving
 * an article out of a section also refreshes the old section.
 */
export function cacheTagsFor(...states: Array<Article | undefined>): string[] {
  const tags = new Set<string>();
  for (const a of states) {
    if (!a) continue;
    tags.add(`article:${a.id}`);
    tags.add(`home:${a.lang}`);
    tags.add(`feed:${a.lang}`);
    if (a.sectionId != null) tags.add(`section:${a.sectionId}`);
    for (const t of a.tags) tags.add(`tag:${t.id}`);
    for (const au of a.authors) tags.add(`author:${au.id}`);
  }
  return [...tags];
}

/**
 * Records the saved state as a revision (every save keeps one, so the previous state is
 * always recoverable), runs the indexers and writes the audit log — all inside the caller's
 * transaction.
 */
export async function afterSave(ctx: ContentContext, trx: Kysely<Database>, article: Article, action: string, note = ''): Promise<void> {
  const now = ctx.clock.now().getTime();
  await insertRevision(trx, {
    articleId: article.id,
    version: article.version,
    data: JSON.stringify(snapshotOf(article)),
    createdAt: now,
    createdBy: ctx.actor?.userId ?? null,
    note,
  });
  for (const ix of ctx.indexers) await ix.sync(trx as never, article);
  await insertAudit(trx, { at: now, userId: ctx.actor?.userId ?? null, action, articleId: article.id, details: { version: article.version, status: article.status } });
}

/**
 * afterSave for many articles saved together (a batch of creates): the same revisions, index
 * entries and audit entries, written with a few multi-row statements instead of several
 * statements per article.
 */
export async function afterSaveMany(ctx: ContentContext, trx: Kysely<Database>, articles: Article[], action: string, note = ''): Promise<void> {
  if (!articles.length) return;
  const now = ctx.clock.now().getTime();
  const by = ctx.actor?.userId ?? null;
  await insertRevisions(trx, articles.map((a) => ({ articleId: a.id, version: a.version, data: JSON.stringify(snapshotOf(a)), createdAt: now, createdBy: by, note })));
  for (const ix of ctx.indexers) {
    if (ix.syncMany) await ix.syncMany(trx as never, articles);
    else for (const a of articles) await ix.sync(trx as never, a);
  }
  await insertAudits(trx, articles.map((a) => ({ at: now, userId: by, action, articleId: a.id, details: { version: a.version, status: a.status } })));
}
