/**
 * Paginated lists (section, tag, author, archive): `?page=N&before=<publishedAt>.<id>`.
 * The site's own links always carry the keyset cursor, so page 5,000 costs one index seek
 * like page 1. A bare `?page=N` (typed by hand) is resolved once to its cursor.
 */
import { findPageCursor, findPreviousPageCursor, listArticleSummaries, type ArticleSummary, type ListCursor, type SummaryQuery } from '../../content/articles/list-article-summaries.js';
import type { ContentContext } from '../../content/context.js';
import { notFound } from '../../platform/errors.js';

export const PAGE_SIZE = 20;

export interface PageParams {
  page: number;
  cursor: ListCursor | null;
  /** Whether the query string holds only page and before (so the URL may be cached). */
  clean: boolean;
}

/** Reads ?page= and ?before= (anything malformed is a 404, not a 500). */
export function parsePageParams(query: Record<string, unknown>): PageParams {
  const keys = Object.keys(query);
  const clean = keys.every((k) => k === 'page' || k === 'before');
  const rawPage = query.page;
  let page = 1;
  if (rawPage !== undefined) {
    if (typeof rawPage !== 'string' || !/^[1-9]\d{0,6}$/.test(rawPage)) throw notFound('CHAPAR_SITE_BAD_PAGE', 'bad page number');
    page = Number(rawPage);
  }
  let cursor: ListCursor | null = null;
  const before = query.before;
  if (before !== undefined) {
    const m = typeof before === 'string' ? /^(\d{1,15})\.(\d{1,12})$/.exec(before) : null;
    if (!m) throw notFound('CHAPAR_SITE_BAD_PAGE', 'bad cursor');
    cursor = { publishedAt: Number(m[1]), id: Number(m[2]) };
  }
  if (page === 1) cursor = null;
  return { page, cursor, clean };
}

export const cursorParam = (c: ListCursor) => `${c.publishedAt}.${c.id}`;
export const pageHref = (base: string, page: number, c: ListCursor | null | undefined) => (page <= 1 || !c ? base : `${base}?page=${page}&before=${cursorParam(c)}`);

export interface ListPage {
  items: ArticleSummary[];
  page: number;
  /** Link to the newer page (page - 1), if any. */
  newer?: string;
  /** Link to the older page (page + 1), if any. */
  older?: string;
  first?: string;
  /** Canonical path of this page. */
  self: string;
}

/** Loads one page of a list; `base` is the list's path without query. */
export async function loadListPage(ctx: ContentContext, q: Omit<SummaryQuery, 'limit' | 'after'>, base: string, p: PageParams): Promise<ListPage> {
  let cursor = p.cursor;
  if (p.page > 1 && !cursor) {
    cursor = await findPageCursor(ctx, { ...q, limit: PAGE_SIZE }, p.page);
    if (!cursor) throw notFound('CHAPAR_SITE_NO_SUCH_PAGE', `page ${p.page} does not exist`);
  }
  const res = await listArticleSummaries(ctx, { ...q, limit: PAGE_SIZE, after: cursor ?? undefined });
  if (p.page > 1 && !res.items.length) throw notFound('CHAPAR_SITE_NO_SUCH_PAGE', `page ${p.page} is empty`);
  let newer: string | undefined;
  if (p.page === 2) newer = base;
  else if (p.page > 2 && cursor) newer = pageHref(base, p.page - 1, (await findPreviousPageCursor(ctx, { ...q, limit: PAGE_SIZE, after: cursor })) ?? null);
  return {
    items: res.items,
    page: p.page,
    newer,
    older: res.next ? pageHref(base, p.page + 1, res.next) : undefined,
    first: p.page > 2 ? base : undefined,
    self: pageHref(base, p.page, cursor),
  };
}
