import type { Kysely } from 'kysely';
import { runPrecompiled } from '../../db/queries/precompiled.js';
import type { Database } from '../../db/schema.js';
import type { ContentContext } from '../context.js';
import type { Lang } from '../types.js';

/** What a list of news shows of each article: no body, tags or authors (cheap to load). */
export interface ArticleSummary {
  id: number;
  code: number;
  lang: Lang;
  sectionId: number | null;
  kicker: string;
  title: string;
  lead: string;
  slug: string;
  publishedAt: Date;
  updatedAt: Date;
  featuredImageId: number | null;
  isBreaking: boolean;
  breakingUntil: Date | null;
  viewCount: number;
}

/** Keyset cursor: the (publishedAt, id) of the last item already shown. */
export interface ListCursor {
  publishedAt: number;
  id: number;
}

export interface SummaryQuery {
  lang: Lang;
  sectionId?: number;
  tagId?: number;
  authorId?: number;
  /** Only articles published in [from, to). */
  from?: Date;
  to?: Date;
  /** Page size, 1..500. */
  limit: number;
  /** Continue after this item (older ones). */
  after?: ListCursor;
}

export const SUMMARY_COLUMNS = [
  'articles.id',
  'articles.code',
  'articles.lang',
  'articles.sectionId',
  'articles.kicker',
  'articles.title',
  'articles.lead',
  'articles.slug',
  'articles.publishedAt',
  'articles.updatedAt',
  'articles.featuredImageId',
  'articles.isBreaking',
  'articles.breakingUntil',
  'articles.viewCount',
] as const;

/** Maps a summary row (numbers, 0/1) to an ArticleSummary. */
export function toSummary(r: {
  id: number; code: number; lang: string; sectionId: number | null; kicker: string; title: string; lead: string; slug: string;
  publishedAt: number | null; updatedAt: number; featuredImageId: number | null; isBreaking: number; breakingUntil: number | null; viewCount: number;
}): ArticleSummary {
  return {
    id: r.id,
    code: Number(r.code),
    lang: r.lang as Lang,
    sectionId: r.sectionId,
    kicker: r.kicker,
    title: r.title,
    lead: r.lead,
    slug: r.slug,
    publishedAt: new Date(Number(r.publishedAt ?? 0)),
    updatedAt: new Date(Number(r.updatedAt)),
    featuredImageId: r.featuredImageId,
    isBreaking: !!r.isBreaking,
    breakingUntil: r.breakingUntil == null ? null : new Date(Number(r.breakingUntil)),
    viewCount: Number(r.viewCount),
  };
}

/** The filtered, published-only base query shared by the list services. */
export function summaryBase(ctx: ContentContext, q: Omit<SummaryQuery, 'limit' | 'after'>) {
  return filtered(ctx.db, q, (i) => [q.lang, q.sectionId, q.tagId, q.authorId, q.from?.getTime(), q.to?.getTime()][i] as never);
}

/** Filter arguments in slot order: lang, sectionId, tagId, authorId, from, to. */
const filterArgs = (q: Omit<SummaryQuery, 'limit' | 'after'>) => [q.lang, q.sectionId, q.tagId, q.authorId, q.from?.getTime(), q.to?.getTime()];
/** The shape of a filter set (which filters are present), part of a precompiled query's key. */
const filterKey = (q: Omit<SummaryQuery, 'limit' | 'after'>) =>
  `${q.sectionId !== undefined ? 's' : ''}${q.tagId !== undefined ? 't' : ''}${q.authorId !== undefined ? 'a' : ''}${q.from ? 'f' : ''}${q.to ? 'u' : ''}`;

function filtered(db: Kysely<Database>, q: Omit<SummaryQuery, 'limit' | 'after'>, p: (i: number) => never) {
  let query = db.selectFrom('articles').where('articles.status', '=', 'published');
  // A section belongs to one edition: filtering on lang too would tempt the planner into the
  // (lang, status, published_at) index and a long scan for a small section.
  if (q.sectionId !== undefined) query = query.where('articles.sectionId', '=', p(1));
  else query = query.where('articles.lang', '=', p(0));
  if (q.tagId !== undefined) {
    query = query.where((eb) => eb.exists(eb.selectFrom('articleTags').select('articleTags.articleId').whereRef('articleTags.articleId', '=', 'articles.id').where('articleTags.tagId', '=', p(2))));
  }
  if (q.authorId !== undefined) {
    query = query.where((eb) => eb.exists(eb.selectFrom('articleAuthors').select('articleAuthors.articleId').whereRef('articleAuthors.articleId', '=', 'articles.id').where('articleAuthors.authorId', '=', p(3))));
  }
  if (q.from) query = query.where('articles.publishedAt', '>=', p(4));
  if (q.to) query = query.where('articles.publishedAt', '<', p(5));
  return query;
}

/**
 * Published article summaries newest first, paginated by keyset (publishedAt, id): the
 * thousandth page costs one index seek, like the first — never an OFFSET scan.
 */
export async function listArticleSummaries(ctx: ContentContext, q: SummaryQuery): Promise<{ items: ArticleSummary[]; next: ListCursor | null }> {
  const limit = Math.max(1, Math.min(q.limit, 500));
  const args = [...filterArgs(q), q.after?.publishedAt, q.after?.id, limit + 1];
  const rows = await runPrecompiled(ctx.db, `summaries:${filterKey(q)}:${q.after ? 'after' : ''}`, args, (p) => {
    let query = filtered(ctx.db, q, p).select([...SUMMARY_COLUMNS]);
    if (q.after) {
      // (published_at, id) < (cursor): written with a plain upper bound first, so that both
      // databases seek the index instead of scanning it.
      query = query.where('articles.publishedAt', '<=', p(6)).where((eb) => eb.or([eb('articles.publishedAt', '<', p(6)), eb('articles.id', '<', p(7))]));
    }
    return query.orderBy('articles.publishedAt', 'desc').orderBy('articles.id', 'desc').limit(p(8));
  });
  const items = rows.slice(0, limit).map(toSummary);
  const last = items[items.length - 1];
  return { items, next: rows.length > limit && last ? { publishedAt: last.publishedAt.getTime(), id: last.id } : null };
}

/**
 * The cursor that opens the page before the current one, given the cursor that opened the
 * current page (the last item of the previous page). Walks newer items nearest-first with
 * one index seek. Returns undefined when the previous page is the first page.
 */
export async function findPreviousPageCursor(ctx: ContentContext, q: Omit<SummaryQuery, 'after'> & { after: ListCursor }): Promise<ListCursor | undefined> {
  const limit = Math.max(1, Math.min(q.limit, 500));
  const { publishedAt, id } = q.after;
  // The previous page is `after` itself plus the limit-1 items just newer than it; the item
  // after those (rows[limit-1]) is the last item of the page before, i.e. its opener.
  const rows = await summaryBase(ctx, q)
    .select(['articles.publishedAt', 'articles.id'])
    .where('articles.publishedAt', '>=', publishedAt)
    .where((eb) => eb.or([eb('articles.publishedAt', '>', publishedAt), eb('articles.id', '>', id)]))
    .orderBy('articles.publishedAt', 'asc')
    .orderBy('articles.id', 'asc')
    .limit(limit)
    .execute();
  const opener = rows[limit - 1];
  return opener ? { publishedAt: Number(opener.publishedAt), id: opener.id } : undefined;
}

/**
 * The cursor that opens page `page` (2…) of a list, for a hand-typed `?page=N` without a
 * cursor. Reads only (publishedAt, id) from the covering index; the site remembers every
 * boundary it has computed, and its own links always carry the cursor, so this runs at
 * most once per list and page, and only up to MAX_UNCURSORED_PAGE.
 */
export const MAX_UNCURSORED_PAGE = 250;

export async function findPageCursor(ctx: ContentContext, q: Omit<SummaryQuery, 'after'>, page: number): Promise<ListCursor | null> {
  const limit = Math.max(1, Math.min(q.limit, 500));
  const skip = (page - 1) * limit - 1;
  if (skip < 0 || page > MAX_UNCURSORED_PAGE) return null;
  const r = await summaryBase(ctx, q)
    .select(['articles.publishedAt', 'articles.id'])
    .orderBy('articles.publishedAt', 'desc')
    .orderBy('articles.id', 'desc')
    .limit(1)
    .offset(skip)
    .executeTakeFirst();
  return r ? { publishedAt: Number(r.publishedAt), id: r.id } : null;
}
