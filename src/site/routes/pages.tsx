/**
 * Public pages: home, article (+ short links and slug redirects), section, tag, author,
 * archive by Jalali date and search. Each route: loader (content read services) → view →
 * bytes, cached under the tags of everything the page shows.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { getArticle } from '../../content/articles/get-article.js';
import { getHomePageData, type HomePageData } from '../../content/articles/get-home-page-data.js';
import { getArticleRef } from '../../content/articles/get-article-ref.js';
import { getPublishedArticle } from '../../content/articles/get-published-article.js';
import { listArticleRefs } from '../../content/articles/list-article-refs.js';
import { listRelatedArticles } from '../../content/articles/list-related-articles.js';
import { getAuthorBySlug } from '../../content/authors/get-author-by-slug.js';
import { getMedia } from '../../content/media/get-media.js';
import { getTagBySlug } from '../../content/tags/get-tag-by-slug.js';
import { can } from '../../content/policies.js';
import type { Article, Lang } from '../../content/types.js';
import { findSession } from '../../content/users/sessions.js';
import { gone, notFound } from '../../platform/errors.js';
import { jalaliKey, parseJalaliDate, toLatinDigits } from '../../text/index.js';
import { langOfUrl, sendErrorPage, sendPageError } from '../errors.js';
import { date as fmtDate, t } from '../format.js';
import { cursorParam, loadListPage, parsePageParams, type ListPage, type PageParams } from '../loaders/lists.js';
import { sendBytes } from '../respond.js';
import { isLang, type Site, type SiteData } from '../site.js';
import { archivePath, articlePath, authorPath, homePath, searchPath, sectionPath, sectionRssPath, tagPath } from '../urls.js';
import { homeBodyHtml, tickerHtml } from '../views/HomePage.js';
import type { Head } from '../views/Layout.js';
import { listBodyHtml } from '../views/ListPage.js';
import type { Crumb } from '../views/parts.js';
import { renderArticlePage, type ArticleData } from './article-page.js';
import { breadcrumbLd, clip } from '../views/structured-data.js';
import { renderPage } from '../views/render-page.js';
import { searchBodyHtml } from '../views/SearchPage.js';

type Params = Record<string, string>;


/** How long an article page (bytes or data) is kept: related news and view counts age. */
const ARTICLE_TTL_MS = 5 * 60_000;
/** How long a list page is kept. */
const LIST_TTL_MS = 5 * 60_000;

/** The newsroom's session cookie (set by src/newsroom at sign-in). */
const NEWSROOM_SESSION_COOKIE = 'chapar_session';

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return decodeURIComponent(part.slice(i + 1).trim());
  }
  return undefined;
}
type Handler = (req: FastifyRequest, reply: FastifyReply, lang: Lang, data: SiteData) => Promise<FastifyReply>;

/** Wraps a page handler: checks the edition, maps errors to localized error pages. */
function page(site: Site, handler: Handler) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const lang = (req.params as Params).lang;
    if (!isLang(lang)) return sendErrorPage(site, req, reply, 'not_found');
    try {
      const data = site.dataNow() ?? (await site.data());
      if (!data.editions.some((e) => e.code === lang)) return await sendErrorPage(site, req, reply, 'not_found', lang);
      return await handler(req, reply, lang, data);
    } catch (err) {
      return sendPageError(site, req, reply, err, lang);
    }
  };
}

function redirect(reply: FastifyReply, to: string, status = 301, maxAge = 3600): FastifyReply {
  return reply.code(status).header('location', to).header('cache-control', `public, max-age=${maxAge}`).send();
}

/** hreflang alternates: the same kind of page in every edition (home, search), plus x-default. */
function editionAlternates(site: Site, data: SiteData, pathOf: (l: Lang) => string) {
  const alts = data.editions.map((e) => ({ hreflang: e.code, href: site.publicUrl + pathOf(e.code) }));
  const def = data.editions.find((e) => e.isDefault)?.code ?? site.defaultLang;
  return [...alts, { hreflang: 'x-default', href: site.publicUrl + pathOf(def) }];
}


export function registerPageRoutes(app: FastifyInstance, site: Site): void {
  const { ctx } = site.deps;
  const abs = (p: string) => site.publicUrl + p;

  app.get('/', async (_req, reply) => redirect(reply, homePath(site.defaultLang), 302, 300));
  app.get('/:lang', async (req, reply) => {
    const lang = (req.params as Params).lang;
    if (!isLang(lang)) return sendErrorPage(site, req, reply, 'not_found');
    return redirect(reply, homePath(lang));
  });

  // ── Home ───────────────────────────────────────────────────────────────────────────
  app.get('/:lang/', page(site, async (req, reply, lang, data) => {
    // Most-viewed blocks change without content events: refresh the page every minute,
    // and when a breaking item expires.
    const ttlOf = (d: HomePageData) => Math.max(1000, Math.min(60_000, d.expiresAt ? d.expiresAt.getTime() - Date.now() : 60_000));
    const tagsOf = (d: HomePageData) => {
      const shown = [d.topStory, ...d.breaking, ...d.latest, ...d.sections.flatMap((s) => s.items), ...d.mostViewedToday, ...d.mostViewedWeek];
      return [`home:${lang}`, ...new Set(shown.flatMap((a) => (a ? [`article:${a.id}`] : [])))];
    };
    const d = await site.objects.remember(`home:${lang}:${data.loadedAt}`, async () => {
      const v = await getHomePageData(ctx, lang, { sections: data.sections.get(lang) ?? [] });
      return { value: v, tags: tagsOf(v), ttlMs: ttlOf(v), size: 64 * 1024 };
    });
    const title = `${t(lang, 'site.name')} - ${t(lang, 'site.tagline')}`;
    const head: Head = {
      title,
      description: t(lang, 'site.description'),
      canonical: abs(homePath(lang)),
      alternates: editionAlternates(site, data, homePath),
      jsonLd: [{ '@context': 'https://schema.org', '@type': 'WebSite', name: t(lang, 'site.name'), url: abs(homePath(lang)), inLanguage: lang, potentialAction: { '@type': 'SearchAction', target: `${abs(searchPath(lang))}?q={q}`, 'query-input': 'required name=q' } }],
    };
    const body = renderPage(site, data, lang, head, () => homeBodyHtml(d, lang), { ticker: () => tickerHtml(d.breaking, lang) });
    return sendBytes(site, req, reply, body, { tags: () => tagsOf(d), ttlMs: ttlOf(d), maxAge: 30, cacheable: Object.keys(req.query as object).length === 0 });
  }));

  // ── Article, short links, slug redirects ───────────────────────────────────────────
  const codeOf = (s: string | undefined): number => {
    const latin = toLatinDigits(s ?? '');
    if (!/^[1-9]\d{0,14}$/.test(latin)) throw notFound('CHAPAR_CONTENT_ARTICLE_NOT_FOUND', 'bad code');
    return Number(latin);
  };
  /** 301 to the canonical URL of a published code; 404/410 pages otherwise. */
  const toCanonical = async (req: FastifyRequest, reply: FastifyReply, code: number) => {
    const ref = await getArticleRef(ctx, code);
    if (!ref) throw notFound('CHAPAR_CONTENT_ARTICLE_NOT_FOUND', `No article ${code}`);
    if (ref.status !== 'published') {
      // Same answer as the article URL: 410 once published, 404 when never.
      await getPublishedArticle(ctx, code);
      throw gone('CHAPAR_CONTENT_ARTICLE_GONE', `Article ${code} was unpublished`);
    }
    return redirect(reply, articlePath(ref));
  };

  app.get('/n/:code', async (req, reply) => {
    try {
      return await toCanonical(req, reply, codeOf((req.params as Params).code));
    } catch (err) {
      return sendPageError(site, req, reply, err);
    }
  });
  app.get('/:lang/news/:code', page(site, async (req, reply) => toCanonical(req, reply, codeOf((req.params as Params).code))));
  app.get('/:lang/news/:code/', page(site, async (req, reply) => toCanonical(req, reply, codeOf((req.params as Params).code))));

  /** What the article page shows besides the article: its featured image and related news. */
  const loadArticleView = async (a: Article): Promise<ArticleData> => {
    const [image, related] = await Promise.all([a.featuredImageId != null ? getMedia(ctx, a.featuredImageId) : undefined, listRelatedArticles(ctx, a, 5)]);
    return { article: a, image: image ?? null, related };
  };

  app.get('/:lang/news/:code/:slug', page(site, async (req, reply, lang, data) => {
    const params = req.params as Params;
    const code = codeOf(params.code);
    const tagsOf = (v: ArticleData) => [`article:${v.article.id}`, ...v.related.map((r) => `article:${r.id}`)];
    const key = `article:${code}`;
    const view = site.objects.peek<ArticleData>(key) ?? await site.objects.remember(key, async () => {
      const v = await loadArticleView(await getPublishedArticle(ctx, code));
      // Strings at 2 bytes a character, and the page keeps the body's UTF-8 (~2 bytes a Persian character) beside it.
      return { value: v, tags: tagsOf(v), ttlMs: ARTICLE_TTL_MS, size: 4 * v.article.body.length + 2 * v.article.lead.length + 4096 };
    });
    const a = view.article;
    if (a.lang !== lang || a.slug !== params.slug || Object.keys(req.query as object).length) return redirect(reply, articlePath(a));
    return sendBytes(site, req, reply, renderArticlePage(site, data, lang, view), { tags: () => tagsOf(view), ttlMs: ARTICLE_TTL_MS, maxAge: 60 });
  }));

  // Newsroom preview: the public page of an article in any status, for a signed-in newsroom
  // user allowed to see it (the newsroom's session cookie and policies). Private, not cached.
  app.get('/newsroom/preview/:id', async (req, reply) => {
    const uiLang = langOfUrl(site, req.url);
    const deny = (status: number, key: 'error.unauthorized' | 'error.not_found' | 'error.forbidden') =>
      reply.code(status).headers({ 'cache-control': 'private, no-store', 'content-type': 'text/html; charset=utf-8' })
        .send(`<!doctype html><html lang="${uiLang}" dir="${uiLang === 'en' ? 'ltr' : 'rtl'}"><meta charset="utf-8"><title>${t(uiLang, key)}</title><p>${t(uiLang, key)}</p></html>`);
    const token = cookieValue(req.headers.cookie, NEWSROOM_SESSION_COOKIE);
    const session = token ? await findSession(ctx, token) : undefined;
    if (!session) return deny(401, 'error.unauthorized');
    const id = Number((req.params as Params).id);
    const a = Number.isSafeInteger(id) && id > 0 ? await getArticle(ctx, id).catch(() => undefined) : undefined;
    if (!a) return deny(404, 'error.not_found');
    if (!can(session.actor, 'article.view', a)) return deny(403, 'error.forbidden');
    try {
      const data = await site.data();
      const body = renderArticlePage(site, data, a.lang, await loadArticleView(a), true);
      return reply.code(200).headers({ 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex', 'content-type': 'text/html; charset=utf-8' }).send(body);
    } catch (err) {
      return sendPageError(site, req, reply, err, a.lang);
    }
  });

  // ── Lists ──────────────────────────────────────────────────────────────────────────
  const sendList = async (req: FastifyRequest, reply: FastifyReply, lang: Lang, data: SiteData, o: { title: string; description: string; crumbs: Crumb[]; list: ListPage; tags: string[]; feeds?: Head['feeds']; sectionId?: number | null; clean: boolean; intro?: string }) => {
    const { list } = o;
    const title = list.page > 1 ? t(lang, 'site.list.pageTitle', { title: o.title, n: list.page }) : o.title;
    const head: Head = {
      title: `${title} - ${t(lang, 'site.name')}`,
      description: clip(o.description),
      canonical: abs(list.self),
      alternates: [{ hreflang: lang, href: abs(list.self) }],
      feeds: o.feeds,
      prev: list.newer ? abs(list.newer) : undefined,
      next: list.older ? abs(list.older) : undefined,
      jsonLd: [breadcrumbLd(site, o.crumbs)],
    };
    const body = renderPage(site, data, lang, head, () => listBodyHtml({ title: o.title, intro: o.intro, items: list.items, page: list.page, crumbs: o.crumbs, newer: list.newer, older: list.older, first: list.first }, lang), { currentSectionId: o.sectionId });
    const tags = () => [...o.tags, ...list.items.map((a) => `article:${a.id}`)];
    return sendBytes(site, req, reply, body, { tags, ttlMs: 5 * 60_000, maxAge: 60, cacheable: o.clean });
  };
  const home = (lang: Lang): Crumb => ({ name: t(lang, 'site.nav.home'), href: homePath(lang) });
  /** One page of a list, through the object cache under the list's tags and its items'. */
  const cachedList = (q: Parameters<typeof loadListPage>[1], base: string, p: PageParams, listTags: string[]) =>
    site.objects.remember(`list:${base}|${p.page}|${p.cursor ? cursorParam(p.cursor) : ''}`, async () => {
      const list = await loadListPage(ctx, q, base, p);
      return { value: list, tags: [...listTags, ...list.items.map((a) => `article:${a.id}`)], ttlMs: LIST_TTL_MS, size: 1024 * (list.items.length + 1) };
    });

  app.get('/:lang/section/:slug', page(site, async (req, reply, lang, data) => {
    const slug = (req.params as Params).slug!;
    const section = (data.sections.get(lang) ?? []).find((s) => s.slug === slug);
    if (!section) throw notFound('CHAPAR_SITE_NO_SECTION', `No section ${slug}`);
    const p = parsePageParams(req.query as Record<string, unknown>);
    const base = sectionPath(lang, section.slug);
    const list = await cachedList({ lang, sectionId: section.id }, base, p, [`section:${section.id}`]);
    const parent = section.parentId != null ? data.sectionById.get(section.parentId) : undefined;
    const crumbs = [home(lang), ...(parent ? [{ name: parent.name, href: sectionPath(lang, parent.slug) }] : []), { name: section.name, href: base }];
    return sendList(req, reply, lang, data, {
      title: t(lang, 'site.list.section', { name: section.name }),
      description: `${t(lang, 'site.list.section', { name: section.name })} - ${t(lang, 'site.description')}`,
      crumbs,
      list,
      tags: [`section:${section.id}`],
      feeds: [{ type: 'application/rss+xml', title: t(lang, 'site.feed.section', { name: section.name }), href: abs(sectionRssPath(lang, section.slug)) }],
      sectionId: section.id,
      clean: p.clean,
    });
  }));

  app.get('/:lang/tag/:slug', page(site, async (req, reply, lang, data) => {
    const slug = (req.params as Params).slug!;
    const tag = await site.objects.remember(`tag:${lang}:${slug}`, async () => {
      const v = await getTagBySlug(ctx, lang, slug);
      if (!v) throw notFound('CHAPAR_SITE_NO_TAG', 'No such tag');
      return { value: v, tags: [`tag:${v.id}`], ttlMs: LIST_TTL_MS, size: 256 };
    });
    const p = parsePageParams(req.query as Record<string, unknown>);
    const base = tagPath(lang, tag.slug);
    const list = await cachedList({ lang, tagId: tag.id }, base, p, [`tag:${tag.id}`]);
    const title = t(lang, 'site.list.tag', { name: tag.name });
    return sendList(req, reply, lang, data, { title, description: `${title} - ${t(lang, 'site.description')}`, crumbs: [home(lang), { name: tag.name, href: base }], list, tags: [`tag:${tag.id}`], clean: p.clean });
  }));

  app.get('/:lang/author/:slug', page(site, async (req, reply, lang, data) => {
    const slug = (req.params as Params).slug!;
    const author = await site.objects.remember(`author:${slug}`, async () => {
      const v = await getAuthorBySlug(ctx, slug);
      if (!v) throw notFound('CHAPAR_SITE_NO_AUTHOR', 'No such author');
      return { value: v, tags: [`author:${v.id}`], ttlMs: LIST_TTL_MS, size: 1024 };
    });
    const p = parsePageParams(req.query as Record<string, unknown>);
    const base = authorPath(lang, author.slug);
    const list = await cachedList({ lang, authorId: author.id }, base, p, [`author:${author.id}`]);
    const title = t(lang, 'site.list.author', { name: author.name });
    return sendList(req, reply, lang, data, { title, intro: author.bio || undefined, description: `${title} - ${t(lang, 'site.description')}`, crumbs: [home(lang), { name: author.name, href: base }], list, tags: [`author:${author.id}`], clean: p.clean });
  }));

  app.get('/:lang/archive/:date', page(site, async (req, reply, lang, data) => {
    const key = toLatinDigits((req.params as Params).date!);
    const range = parseJalaliDate(key);
    if (!range) throw notFound('CHAPAR_SITE_BAD_DATE', 'Not a Jalali date');
    if (key !== (req.params as Params).date) return redirect(reply, archivePath(lang, key));
    const p = parsePageParams(req.query as Record<string, unknown>);
    const base = archivePath(lang, key);
    const list = await cachedList({ lang, from: range.start, to: range.end }, base, p, [`home:${lang}`]);
    // A date in Tehran: its noon is safely inside the day whatever the calendar.
    const title = t(lang, 'site.list.archive', { date: fmtDate(new Date(range.start.getTime() + 12 * 3_600_000), lang) });
    // Any change in the edition may touch a day's list (a re-dated article), so home:{lang}.
    return sendList(req, reply, lang, data, { title, description: `${title} - ${t(lang, 'site.description')}`, crumbs: [home(lang), { name: title, href: base }], list, tags: [`home:${lang}`], clean: p.clean });
  }));

  // ── Search page (the index and /api/v1/search belong to search/) ────────────────────
  app.get('/:lang/search', page(site, async (req, reply, lang, data) => {
    const query = req.query as Record<string, unknown>;
    const str = (k: string, max = 200) => (typeof query[k] === 'string' ? (query[k] as string).trim().slice(0, max) : '');
    const q = str('q');
    const sort = query.sort === 'date' ? 'date' : 'relevance';
    const pageNo = typeof query.page === 'string' && /^[1-9]\d{0,3}$/.test(query.page) ? Number(query.page) : 1;
    const limit = 20;
    const base = searchPath(lang);
    // Filters: a section of this edition, and a Jalali date range (either end may be open).
    const sections = data.sections.get(lang) ?? [];
    const section = sections.find((s) => s.slug === str('section', 100));
    const fromText = str('from', 20);
    const toText = str('to', 20);
    const fromDay = fromText ? parseJalaliDate(fromText) : null;
    const toDay = toText ? parseJalaliDate(toText) : null;
    const badDate = (!!fromText && !fromDay) || (!!toText && !toDay);
    const filters = { section: section?.slug ?? '', from: fromDay ? fromText : '', to: toDay ? toText : '' };
    const qs = (o: { sort?: string; page?: number }) => {
      const p = new URLSearchParams({ q });
      if (filters.section) p.set('section', filters.section);
      if (filters.from) p.set('from', toLatinDigits(filters.from));
      if (filters.to) p.set('to', toLatinDigits(filters.to));
      if (o.sort === 'date') p.set('sort', 'date');
      if (o.page && o.page > 1) p.set('page', String(o.page));
      return `${base}?${p.toString()}`;
    };
    let total = 0;
    let hits: Array<import('../../search/types.js').SearchHit & { slug: string }> = [];
    const unavailable = !site.deps.search;
    if (q && site.deps.search) {
      const res = await site.deps.search.search({ q, lang, sort, limit, page: pageNo, sectionId: section?.id, from: fromDay?.start, to: toDay?.end });
      total = res.total;
      const refs = await listArticleRefs(ctx, res.items.map((h) => h.articleId));
      hits = res.items.flatMap((h) => {
        const ref = refs.get(h.articleId);
        return ref ? [{ ...h, slug: ref.slug }] : [];
      });
    }
    const title = q ? t(lang, 'site.search.resultsFor', { q }) : t(lang, 'site.search.title');
    const head: Head = {
      title: `${title} - ${t(lang, 'site.name')}`,
      description: t(lang, 'site.description'),
      canonical: abs(base),
      alternates: editionAlternates(site, data, searchPath),
      robots: 'noindex, follow',
    };
    const body = renderPage(
      site,
      data,
      lang,
      head,
      () =>
        searchBodyHtml(
        { q, sort, total, hits, page: pageNo, unavailable, filters, badDate, sections: sections.map((x) => ({ slug: x.slug, name: x.name, child: x.parentId != null })), newer: pageNo > 1 ? qs({ sort, page: pageNo - 1 }) : undefined, older: pageNo * limit < total ? qs({ sort, page: pageNo + 1 }) : undefined, sortHref: { relevance: qs({}), date: qs({ sort: 'date' }) } },
        lang,
      ),
      { searchQuery: q },
    );
    // Results are not kept in the page cache (unbounded query strings); CDNs may keep them briefly.
    return sendBytes(site, req, reply, body, { tags: [], maxAge: 60, cacheable: false });
  }));

  // Today's archive link target (used by the footer / crawlers): /{lang}/archive → today.
  app.get('/:lang/archive', page(site, async (_req, reply, lang) => redirect(reply, archivePath(lang, jalaliKey(ctx.clock.now())), 302, 60)));
}
