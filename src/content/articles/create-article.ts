import { ensureAuthors, ensureTags, insertArticleRow, replaceArticleAuthors, replaceArticleTags, rowToArticle } from '../../db/queries/articles.js';
import { sectionExists } from '../../db/queries/articles.js';
import { invalid } from '../../platform/errors.js';
import { slugify } from '../../text/index.js';
import type { ContentContext } from '../context.js';
import { assertCan } from '../policies.js';
import { nextNewsCode, runInTransaction } from '../transaction.js';
import type { Article } from '../types.js';
import { createArticleInput, DEFAULT_FIELDS, parseOrThrow, type ArticleFields, type CreateArticleInput } from './article-input.js';
import { afterSave, cacheTagsFor } from './article-store.js';
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

/**
 * Creates a draft article with the next news code, in one transaction: validate, repair
 * typography, sanitize the body, assign the code, store tags and authors, keep revision 1.
 */
export async function createArticle(ctx: ContentContext, input: CreateArticleInput, opts: CreateArticleOptions = {}): Promise<Article> {
  assertCan(ctx.actor, 'article.create');
  const prepared = opts.prepared ?? prepareArticle(input);
  const f = prepared.fields;
  const lang = f.lang;
  const repair = f.typographyRepair;
  const now = (opts.createdAt ?? opts.publishedAt ?? ctx.clock.now()).getTime();
  const publishedAt = opts.publishedAt?.getTime() ?? null;
  if (publishedAt !== null) assertCan(ctx.actor, 'article.publish', { createdBy: ctx.actor?.userId ?? null, sectionId: f.sectionId, status: 'draft' });

  return runInTransaction(ctx, async (trx, emit) => {
    if (f.sectionId != null) {
      if (!(await sectionExists(trx, f.sectionId))) throw invalid('CHAPAR_CONTENT_INVALID', `Unknown section ${f.sectionId}`, [{ field: 'sectionId', message: 'field.unknown_section' }]);
    }
    const code = await nextNewsCode(trx);
    const row = {
      code,
      lang,
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
      typographyRepair: repair ? 1 : 0,
      importKey: opts.importKey ?? null,
      createdBy: ctx.actor?.userId ?? null,
      updatedBy: ctx.actor?.userId ?? null,
    };
    const id = await insertArticleRow(trx, row);
    const tags = await ensureTags(trx, lang, prepared.tags, now);
    await replaceArticleTags(trx, id, tags.map((t) => t.id));
    const authors = await ensureAuthors(trx, prepared.authors, now);
    await replaceArticleAuthors(trx, id, authors.map((a) => a.id));
    // Built from what was just written rather than read back: saves three queries per article on imports.
    const article = rowToArticle({ ...row, id }, tags, authors);
    await afterSave(ctx, trx, article, 'article.create');
    emit({ type: publishedAt !== null ? 'article.published' : 'article.created', articleId: id, code, lang, tags: cacheTagsFor(article) });
    return article;
  });
}
