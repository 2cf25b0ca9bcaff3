/**
 * Article queries, written once for SQLite and PostgreSQL. Rows are mapped to domain
 * objects here so that content/ never sees 0/1 booleans or epoch numbers.
 */
import type { Kysely } from 'kysely';
import type { Article, ArticleStatus, Author, Lang, Tag } from '../../content/types.js';
import type { ArticleRow, Database, NewArticleRow, ArticleRowUpdate } from '../schema.js';
import { runPrecompiled } from './precompiled.js';

type Db = Kysely<Database>;

const d = (v: number | null): Date | null => (v == null ? null : new Date(Number(v)));

/** Maps a row (without tags/authors) to a domain Article. */
export function rowToArticle(r: ArticleRow, tags: Tag[] = [], authors: Author[] = []): Article {
  return {
    id: r.id,
    code: Number(r.code),
    lang: r.lang as Lang,
    sectionId: r.sectionId,
    kicker: r.kicker,
    title: r.title,
    dateline: r.dateline,
    lead: r.lead,
    body: r.body,
    sourceName: r.sourceName,
    sourceUrl: r.sourceUrl,
    slug: r.slug,
    status: r.status as ArticleStatus,
    createdAt: new Date(Number(r.createdAt)),
    updatedAt: new Date(Number(r.updatedAt)),
    publishedAt: d(r.publishedAt),
    scheduledAt: d(r.scheduledAt),
    featuredImageId: r.featuredImageId,
    featuredImageCaption: r.featuredImageCaption,
    isTopStory: !!r.isTopStory,
    isBreaking: !!r.isBreaking,
    breakingUntil: d(r.breakingUntil),
    isFeatured: !!r.isFeatured,
    viewCount: Number(r.viewCount),
    version: r.version,
    seoTitle: r.seoTitle,
    seoDescription: r.seoDescription,
    typographyRepair: !!r.typographyRepair,
    importKey: r.importKey,
    createdBy: r.createdBy,
    updatedBy: r.updatedBy,
    tags,
    authors,
  };
}

/**
 * Inserts a row with a precompiled statement (one shape per table and column list): the
 * save path runs a dozen statements per article, and compiling each anew cost more than
 * running it.
 */
async function insertRow<T extends keyof Database>(db: Db, table: T, row: Record<string, unknown>, returnId: boolean): Promise<number | undefined> {
  const cols = Object.keys(row);
  const rows = await runPrecompiled<{ id: number }>(db, `insert:${table}:${cols.join(',')}:${returnId}`, cols.map((c) => row[c]), (p) => {
    const values = Object.fromEntries(cols.map((c, i) => [c, p(i)]));
    const q = db.insertInto(table).values(values as never);
    return (returnId ? q.returning('id' as never) : q) as never;
  });
  return rows[0]?.id;
}

export async function insertArticleRow(db: Db, row: NewArticleRow): Promise<number> {
  return (await insertRow(db, 'articles', row as Record<string, unknown>, true))!;
}

/**
 * Updates an article only if its version still matches (optimistic concurrency).
 * Returns false when someone else saved first; nothing is written then.
 */
export async function updateArticleRowIfVersion(db: Db, id: number, expectedVersion: number, patch: ArticleRowUpdate): Promise<boolean> {
  const res = await db
    .updateTable('articles')
    .set({ ...patch, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function findArticleRowById(db: Db, id: number): Promise<ArticleRow | undefined> {
  return db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findArticleRowByCode(db: Db, code: number): Promise<ArticleRow | undefined> {
  return db.selectFrom('articles').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function findArticleIdByImportKey(db: Db, key: string): Promise<number | undefined> {
  const [r] = await runPrecompiled<{ id: number }>(db, 'article:id-by-import-key', [key], (p) => db.selectFrom('articles').select('id').where('importKey', '=', p(0)));
  return r?.id;
}

/** Tags of many articles at once, in their article order. */
export async function tagsForArticles(db: Db, ids: number[]): Promise<Map<number, Tag[]>> {
  const out = new Map<number, Tag[]>();
  if (!ids.length) return out;
  const rows = await db
    .selectFrom('articleTags')
    .innerJoin('tags', 'tags.id', 'articleTags.tagId')
    .select(['articleTags.articleId', 'tags.id', 'tags.lang', 'tags.name', 'tags.slug'])
    .where('articleTags.articleId', 'in', ids)
    .orderBy('articleTags.articleId')
    .orderBy('articleTags.position')
    .execute();
  for (const r of rows) {
    const list = out.get(r.articleId) ?? [];
    list.push({ id: r.id, lang: r.lang as Lang, name: r.name, slug: r.slug });
    out.set(r.articleId, list);
  }
  return out;
}

/** Authors of many articles at once, in byline order. */
export async function authorsForArticles(db: Db, ids: number[]): Promise<Map<number, Author[]>> {
  const out = new Map<number, Author[]>();
  if (!ids.length) return out;
  const rows = await db
    .selectFrom('articleAuthors')
    .innerJoin('authors', 'authors.id', 'articleAuthors.authorId')
    .select(['articleAuthors.articleId', 'authors.id', 'authors.name', 'authors.slug', 'authors.userId'])
    .where('articleAuthors.articleId', 'in', ids)
    .orderBy('articleAuthors.articleId')
    .orderBy('articleAuthors.position')
    .execute();
  for (const r of rows) {
    const list = out.get(r.articleId) ?? [];
    list.push({ id: r.id, name: r.name, slug: r.slug, userId: r.userId });
    out.set(r.articleId, list);
  }
  return out;
}

/** Rows → full domain articles with tags and authors (two extra queries for the whole batch). */
export async function hydrateArticles(db: Db, rows: ArticleRow[]): Promise<Article[]> {
  const ids = rows.map((r) => r.id);
  const [tags, authors] = await Promise.all([tagsForArticles(db, ids), authorsForArticles(db, ids)]);
  return rows.map((r) => rowToArticle(r, tags.get(r.id) ?? [], authors.get(r.id) ?? []));
}

/** Finds or creates each tag by (lang, slug); returns them in the given order. */
export async function ensureTags(db: Db, lang: Lang, tags: Array<{ name: string; slug: string }>, now: number): Promise<Tag[]> {
  const out: Tag[] = [];
  for (const t of tags) {
    let [row] = await runPrecompiled<{ id: number; lang: string; name: string; slug: string }>(db, 'tag:by-slug', [lang, t.slug], (p) =>
      db.selectFrom('tags').select(['id', 'lang', 'name', 'slug']).where('lang', '=', p(0)).where('slug', '=', p(1)),
    );
    if (!row) {
      row = await db
        .insertInto('tags')
        .values({ lang, name: t.name, slug: t.slug, createdAt: now })
        .onConflict((oc) => oc.columns(['lang', 'slug']).doUpdateSet({ slug: t.slug }))
        .returning(['id', 'lang', 'name', 'slug'])
        .executeTakeFirstOrThrow();
    }
    out.push({ id: row.id, lang: row.lang as Lang, name: row.name, slug: row.slug });
  }
  return out;
}

export async function replaceArticleTags(db: Db, articleId: number, tagIds: number[]): Promise<void> {
  await runPrecompiled(db, 'article-tags:delete', [articleId], (p) => db.deleteFrom('articleTags').where('articleId', '=', p(0)));
  if (tagIds.length) {
    const args = tagIds.flatMap((tagId, position) => [articleId, tagId, position]);
    await runPrecompiled(db, `article-tags:insert:${tagIds.length}`, args, (p) =>
      db.insertInto('articleTags').values(tagIds.map((_, i) => ({ articleId: p(3 * i), tagId: p(3 * i + 1), position: p(3 * i + 2) }))),
    );
  }
}

/** Finds or creates each author by slug. */
export async function ensureAuthors(db: Db, authors: Array<{ name: string; slug: string }>, now: number): Promise<Author[]> {
  const out: Author[] = [];
  for (const a of authors) {
    let row = await db.selectFrom('authors').select(['id', 'name', 'slug', 'userId']).where('slug', '=', a.slug).executeTakeFirst();
    if (!row) {
      row = await db
        .insertInto('authors')
        .values({ name: a.name, slug: a.slug, userId: null, bio: '', createdAt: now })
        .onConflict((oc) => oc.column('slug').doUpdateSet({ slug: a.slug }))
        .returning(['id', 'name', 'slug', 'userId'])
        .executeTakeFirstOrThrow();
    }
    out.push(row);
  }
  return out;
}

export async function replaceArticleAuthors(db: Db, articleId: number, authorIds: number[]): Promise<void> {
  await runPrecompiled(db, 'article-authors:delete', [articleId], (p) => db.deleteFrom('articleAuthors').where('articleId', '=', p(0)));
  if (authorIds.length) {
    await db.insertInto('articleAuthors').values(authorIds.map((authorId, position) => ({ articleId, authorId, position }))).execute();
  }
}

export async function insertRevision(db: Db, r: { articleId: number; version: number; data: string; createdAt: number; createdBy: number | null; note: string }): Promise<void> {
  await insertRow(db, 'revisions', { articleId: r.articleId, version: r.version, data: r.data, createdAt: r.createdAt, createdBy: r.createdBy, note: r.note }, false);
}

export async function listRevisionRows(db: Db, articleId: number) {
  return db.selectFrom('revisions').selectAll().where('articleId', '=', articleId).orderBy('version', 'desc').execute();
}

export async function insertAudit(db: Db, e: { at: number; userId: number | null; action: string; articleId: number | null; details: Record<string, unknown> }): Promise<void> {
  await insertRow(db, 'auditLog', { at: e.at, userId: e.userId, action: e.action, articleId: e.articleId, details: JSON.stringify(e.details) }, false);
}

/** Whether a section exists. */
export async function sectionExists(db: Db, id: number): Promise<boolean> {
  const rows = await runPrecompiled(db, 'section:exists', [id], (p) => db.selectFrom('sections').select('id').where('id', '=', p(0)));
  return rows.length > 0;
}
