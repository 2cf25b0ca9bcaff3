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

/** Rows per multi-row statement: a few fixed sizes, so each table has at most this many precompiled shapes. */
const ROW_GROUPS = [64, 16, 4, 1];
/** Bound parameters per statement (SQLite allows 32,766, PostgreSQL 65,535). */
const MAX_PARAMS = 16_000;

/**
 * Inserts many rows of one table with a few multi-row statements (precompiled by row count):
 * per statement, the building, binding and stepping cost is paid once rather than per row.
 * Every row must have the same columns. Returns the `returning` columns of every row, in no
 * particular order (SQLite does not promise the order of RETURNING rows).
 */
export async function insertRows<T extends keyof Database, R = never>(db: Db, table: T, rows: Array<Record<string, unknown>>, returning: string[] = []): Promise<R[]> {
  if (!rows.length) return [];
  const cols = Object.keys(rows[0]!);
  const out: R[] = [];
  let i = 0;
  while (i < rows.length) {
    const left = rows.length - i;
    const n = ROW_GROUPS.find((g) => g <= left && g * cols.length <= MAX_PARAMS) ?? 1;
    const args: unknown[] = [];
    for (let r = i; r < i + n; r++) {
      const row = rows[r]!;
      for (const c of cols) args.push(row[c]);
    }
    const got = await runPrecompiled<R>(db, `insert-rows:${table}:${cols.join(',')}:${n}:${returning.join(',')}`, args, (p) => {
      const values = Array.from({ length: n }, (_, r) => Object.fromEntries(cols.map((c, k) => [c, p(r * cols.length + k)])));
      const q = db.insertInto(table).values(values as never);
      return (returning.length ? q.returning(returning as never) : q) as never;
    });
    for (const row of got) out.push(row);
    i += n;
  }
  return out;
}

/** Inserts new article rows; returns their ids in the order of `rows` (matched by news code). */
export async function insertArticleRows(db: Db, rows: NewArticleRow[]): Promise<number[]> {
  const got = await insertRows<'articles', { id: number; code: number }>(db, 'articles', rows as Array<Record<string, unknown>>, ['id', 'code']);
  const byCode = new Map(got.map((r) => [Number(r.code), r.id]));
  return rows.map((r) => byCode.get(Number(r.code))!);
}

/** The import keys among `keys` that an article already has. */
export async function existingImportKeys(db: Db, keys: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db.selectFrom('articles').select('importKey').where('importKey', 'in', keys.slice(i, i + 500)).execute();
    for (const r of rows) if (r.importKey != null) found.add(r.importKey);
  }
  return found;
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

/**
 * ensureTags for many articles at once: every distinct (lang, slug) is looked up with one
 * query and the missing ones are created with one statement. The first name given for a
 * slug names a new tag, as when the articles are saved one after another.
 */
export async function ensureTagsMany(db: Db, wanted: Array<{ lang: Lang; name: string; slug: string; createdAt: number }>): Promise<Map<string, Tag>> {
  const out = new Map<string, Tag>();
  const key = (lang: string, slug: string) => `${lang}\u0000${slug}`;
  const byLang = new Map<Lang, Map<string, { name: string; createdAt: number }>>();
  for (const t of wanted) {
    let slugs = byLang.get(t.lang);
    if (!slugs) byLang.set(t.lang, (slugs = new Map()));
    if (!slugs.has(t.slug)) slugs.set(t.slug, t);
  }
  for (const [lang, slugs] of byLang) {
    const all = [...slugs.keys()];
    for (let i = 0; i < all.length; i += 500) {
      const rows = await db.selectFrom('tags').select(['id', 'lang', 'name', 'slug']).where('lang', '=', lang).where('slug', 'in', all.slice(i, i + 500)).execute();
      for (const r of rows) out.set(key(r.lang, r.slug), { id: r.id, lang: r.lang as Lang, name: r.name, slug: r.slug });
    }
    const missing = all.filter((slug) => !out.has(key(lang, slug)));
    for (let i = 0; i < missing.length; i += 500) {
      const rows = await db
        .insertInto('tags')
        .values(missing.slice(i, i + 500).map((slug) => ({ lang, name: slugs.get(slug)!.name, slug, createdAt: slugs.get(slug)!.createdAt })))
        .onConflict((oc) => oc.columns(['lang', 'slug']).doUpdateSet((eb) => ({ slug: eb.ref('excluded.slug') })))
        .returning(['id', 'lang', 'name', 'slug'])
        .execute();
      for (const r of rows) out.set(key(r.lang, r.slug), { id: r.id, lang: r.lang as Lang, name: r.name, slug: r.slug });
    }
  }
  return out;
}

/** ensureAuthors for many articles at once (see ensureTagsMany). */
export async function ensureAuthorsMany(db: Db, wanted: Array<{ name: string; slug: string; createdAt: number }>): Promise<Map<string, Author>> {
  const out = new Map<string, Author>();
  const names = new Map<string, { name: string; createdAt: number }>();
  for (const a of wanted) if (!names.has(a.slug)) names.set(a.slug, a);
  const all = [...names.keys()];
  for (let i = 0; i < all.length; i += 500) {
    const rows = await db.selectFrom('authors').select(['id', 'name', 'slug', 'userId']).where('slug', 'in', all.slice(i, i + 500)).execute();
    for (const r of rows) out.set(r.slug, r);
  }
  const missing = all.filter((slug) => !out.has(slug));
  for (let i = 0; i < missing.length; i += 500) {
    const rows = await db
      .insertInto('authors')
      .values(missing.slice(i, i + 500).map((slug) => ({ name: names.get(slug)!.name, slug, userId: null, bio: '', createdAt: names.get(slug)!.createdAt })))
      .onConflict((oc) => oc.column('slug').doUpdateSet((eb) => ({ slug: eb.ref('excluded.slug') })))
      .returning(['id', 'name', 'slug', 'userId'])
      .execute();
    for (const r of rows) out.set(r.slug, r);
  }
  return out;
}

/** Sections among `ids` that exist. */
export async function existingSections(db: Db, ids: number[]): Promise<Set<number>> {
  if (!ids.length) return new Set();
  if (ids.length === 1) return (await sectionExists(db, ids[0]!)) ? new Set(ids) : new Set();
  const rows = await db.selectFrom('sections').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
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

export async function insertRevisions(db: Db, rows: Array<{ articleId: number; version: number; data: string; createdAt: number; createdBy: number | null; note: string }>): Promise<void> {
  await insertRows(db, 'revisions', rows.map((r) => ({ articleId: r.articleId, version: r.version, data: r.data, createdAt: r.createdAt, createdBy: r.createdBy, note: r.note })));
}

export async function listRevisionRows(db: Db, articleId: number) {
  return db.selectFrom('revisions').selectAll().where('articleId', '=', articleId).orderBy('version', 'desc').execute();
}

export async function insertAudit(db: Db, e: { at: number; userId: number | null; action: string; articleId: number | null; details: Record<string, unknown> }): Promise<void> {
  await insertRow(db, 'auditLog', { at: e.at, userId: e.userId, action: e.action, articleId: e.articleId, details: JSON.stringify(e.details) }, false);
}

export async function insertAudits(db: Db, entries: Array<{ at: number; userId: number | null; action: string; articleId: number | null; details: Record<string, unknown> }>): Promise<void> {
  await insertRows(db, 'auditLog', entries.map((e) => ({ at: e.at, userId: e.userId, action: e.action, articleId: e.articleId, details: JSON.stringify(e.details) })));
}

/** Whether a section exists. */
export async function sectionExists(db: Db, id: number): Promise<boolean> {
  const rows = await runPrecompiled(db, 'section:exists', [id], (p) => db.selectFrom('sections').select('id').where('id', '=', p(0)));
  return rows.length > 0;
}
