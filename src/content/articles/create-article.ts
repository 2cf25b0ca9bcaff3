import { ensureAuthorsMany, ensureTagsMany, existingSections, insertArticleRow, insertArticleRows, insertRows, rowToArticle } from '../../db/queries/articles.js';
import type { ArticleRow } from '../../db/schema.js';
import { invalid } from '../../platform/errors.js';
import { slugify } from '../../text/index.js';
import type { ContentContext } from '../context.js';
import { assertCan } from '../policies.js';
import { nextNewsCode, runInTransaction } from '../transaction.js';
import type { Article } from '../types.js';
import { createArticleInput, DEFAULT_FIELDS, parseOrThrow, type ArticleFields, type CreateArticleInput } from './article-input.js';
import { afterSaveMany, cacheTagsFor } from './article-store.js';
import { prepareAuthors, prepareTags, prepareTextFields } from './prepare-fields.js';

export interface CreateArticleOptions {
  /** Stable key of an imported item (its original link); a second import with the same key is refused by the unique index. */
  importKey?: string;
  /** Creation time to record (importers pass the item's date). Defaults to now. */
  createdAt?: Date;
  /** Create it already published at this instant (imports of published news); needs the publish permission. */
  publishedAt?: Date;
  /** The input already run through prepareArticle (importers do that work in worker threads). */
  prepared?: PreparedArticle;
}

/** An article's input after validation and the text work (typography repair, sanitizing, slugs). */
export interface PreparedArticle {
  fields: ArticleFields;
  tags: Array<{ name: string; slug: string }>;
  authors: Array<{ name: string; slug: string }>;
}

/**
 * Validates an input and does all of a save's text work. Pure (no I/O, no clock), so an
 * importer may run it in a worker thread and hand the result to createArticle.
 */
export function prepareArticle(input: CreateArticleInput): PreparedArticle {
  const fields = { ...DEFAULT_FIELDS, ...parseOrThrow(createArticleInput, input) };
  const repair = fields.typographyRepair && fields.lang === 'fa';
  const f = prepareTextFields(fields, fields.lang, repair);
  if (!f.slug) f.slug = slugify(f.title, fields.lang);
  return { fields: f, tags: prepareTags(f.tags, fields.lang, repair), authors: prepareAuthors(f.authors, fields.lang) };
}

/** One article of a createArticles batch: its input, or the input already prepared (opts.prepared). */
export type NewArticle = { input: CreateArticleInput; opts?: CreateArticleOptions } | { input?: undefined; opts: CreateArticleOptions & { prepared: PreparedArticle } };

/**
 * Creates a draft article with the next news code, in one transaction: validate, repair
 * typography, sanitize the body, assign the code, store tags and authors, keep revision 1.
 */
export async function createArticle(ctx: ContentContext, input: CreateArticleInput, opts: CreateArticleOptions = {}): Promise<Article> {
  return (await createArticles(ctx, [{ input, opts }]))[0]!;
}

/**
 * Creates several articles in one transaction, exactly as createArticle would one after
 * another (news codes in the given order, the same rows, revisions, index entries, audit
 * entries and events), with a few multi-row statements for all of them: imports save
 * articles in chunks this way. A failure names the failing article in `batchIndex` on the error.
 */
export async function createArticles(ctx: ContentContext, list: NewArticle[]): Promise<Article[]> {
  const items = list.map(({ input, opts = {} }, index) =>
    atIndex(index, () => {
      assertCan(ctx.actor, 'article.create');
      const prepared = opts.prepared ?? prepareArticle(input!);
      const f = prepared.fields;
      const publishedAt = opts.publishedAt?.getTime() ?? null;
      if (publishedAt !== null) assertCan(ctx.actor, 'article.publish', { createdBy: ctx.actor?.userId ?? null, sectionId: f.sectionId, status: 'draft' });
      return { prepared, opts, publishedAt, now: (opts.createdAt ?? opts.publishedAt ?? ctx.clock.now()).getTime() };
    }),
  );
  if (!items.length) return [];

  return runInTransaction(ctx, async (trx, emit) => {
    const sectionIds = [...new Set(items.map((x) => x.prepared.fields.sectionId).filter((id): id is number => id != null))];
    const sections = await existingSections(trx, sectionIds);
    for (const [index, { prepared }] of items.entries()) {
      const sectionId = prepared.fields.sectionId;
      if (sectionId != null && !sections.has(sectionId)) {
        throw atIndex(index, () => invalid('CHAPAR_CONTENT_INVALID', `Unknown section ${sectionId}`, [{ field: 'sectionId', message: 'field.unknown_section' }]));
      }
    }
    const rows: Array<Omit<ArticleRow, 'id'>> = [];
    for (const { prepared, opts, publishedAt, now } of items) {
      const f = prepared.fields;
      rows.push({
        code: await nextNewsCode(trx),
        lang: f.lang,
        sectionId: f.sectionId,
        kicker: f.kicker,
        title: f.title,
        dateline: f.dateline,
        lead: f.lead,
        body: f.body,
        sourceName: f.sourceName,
        sourceUrl: f.sourceUrl,
        slug: f.slug,
        status: publishedAt !== null ? 'published' : 'draft',
        createdAt: now,
        updatedAt: now,
        publishedAt,
        scheduledAt: null,
        featuredImageId: f.featuredImageId,
        featuredImageCaption: f.featuredImageCaption,
        isTopStory: f.isTopStory ? 1 : 0,
        isBreaking: f.isBreaking ? 1 : 0,
        breakingUntil: f.breakingUntil ? f.breakingUntil.getTime() : null,
        isFeatured: f.isFeatured ? 1 : 0,
        viewCount: 0,
        version: 1,
        seoTitle: f.seoTitle,
        seoDescription: f.seoDescription,
        typographyRepair: f.typographyRepair ? 1 : 0,
        importKey: opts.importKey ?? null,
        createdBy: ctx.actor?.userId ?? null,
        updatedBy: ctx.actor?.userId ?? null,
      });
    }
    // Rows keep the order of `list`, so tags and authors new to the database are created in
    // the order the articles name them, as one-by-one saves would.
    const ids = rows.length === 1 ? [await insertArticleRow(trx, rows[0]!)] : await insertArticleRows(trx, rows);
    const tagsBySlug = await ensureTagsMany(trx, items.flatMap(({ prepared, now }) => prepared.tags.map((t) => ({ lang: prepared.fields.lang, ...t, createdAt: now }))));
    const authorsBySlug = await ensureAuthorsMany(trx, items.flatMap(({ prepared, now }) => prepared.authors.map((a) => ({ ...a, createdAt: now }))));
    const articles = items.map(({ prepared }, i) => {
      const lang = prepared.fields.lang;
      const tags = prepared.tags.map((t) => tagsBySlug.get(`${lang}\u0000${t.slug}`)!);
      const authors = prepared.authors.map((a) => authorsBySlug.get(a.slug)!);
      // Built from what was just written rather than read back.
      return rowToArticle({ ...rows[i]!, id: ids[i]! }, tags, authors);
    });
    await insertRows(trx, 'articleTags', articles.flatMap((a) => a.tags.map((t, position) => ({ articleId: a.id, tagId: t.id, position }))));
    await insertRows(trx, 'articleAuthors', articles.flatMap((a) => a.authors.map((au, position) => ({ articleId: a.id, authorId: au.id, position }))));
    await afterSaveMany(ctx, trx, articles, 'article.create');
    for (const a of articles) emit({ type: a.status === 'published' ? 'article.published' : 'article.created', articleId: a.id, code: a.code, lang: a.lang, tags: cacheTagsFor(a) });
    return articles;
  });
}

/** Runs `fn`; an error it throws (or returns) carries the index of the batch item at fault. */
function atIndex<T>(index: number, fn: () => T): T {
  try {
    const r = fn();
    if (r instanceof Error) Object.defineProperty(r, 'batchIndex', { value: index, enumerable: false });
    return r;
  } catch (e) {
    if (e instanceof Error && !('batchIndex' in e)) Object.defineProperty(e, 'batchIndex', { value: index, enumerable: false });
    throw e;
  }
}

/** The index of the createArticles item an error is about, if it is about one. */
export function batchIndexOf(e: unknown): number | undefined {
  return e instanceof Error && 'batchIndex' in e ? (e as { batchIndex: number }).batchIndex : undefined;
}
