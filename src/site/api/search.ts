/**
 * GET /api/v1/search?q=…&lang=…&limit=…&page=…[&sort=date][&section=…][&tag=…][&date=1405-09-01..1405-09-08]
 * → { total, totalExact, page, limit, items: [{ code, title, url, snippet, publishedAt }] }
 * Published articles only. Errors are JSON through the shared mapper (codes in docs/errors.md).
 */
import type { Plugin } from '../../app.js';
import type { Lang } from '../../content/types.js';
import { invalid, type FieldIssue } from '../../platform/errors.js';
import { t } from '../../platform/i18n/index.js';
import { parseDateFilter, resolveFilterId } from '../../search/filters.js';
import type { SearchQuery } from '../../search/types.js';

const LANGS = new Set(['fa', 'ar', 'en']);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : undefined);

/** Registers the JSON search API. */
export const registerSearchApi: Plugin = async (app, deps) => {
  const base = deps.config.publicUrl.replace(/\/+$/, '');
  app.get('/api/v1/search', async (req, reply) => {
    const query = (req.query ?? {}) as Record<string, unknown>;
    const issues: FieldIssue[] = [];
    const langRaw = str(query.lang);
    let lang = deps.config.defaultLang as Lang;
    if (langRaw !== undefined && langRaw !== '') {
      if (LANGS.has(langRaw)) lang = langRaw as Lang;
      else issues.push({ field: 'lang', message: 'search.invalid_lang' });
    }
    const int = (name: string, def: number, min: number, max: number, message: string): number => {
      const raw = str(query[name]);
      if (raw === undefined || raw.trim() === '') return def;
      const v = /^\s*\d{1,7}\s*$/.test(raw) ? Number(raw) : NaN;
      if (!(v >= min && v <= max)) {
        issues.push({ field: name, message });
        return def;
      }
      return v;
    };
    const limit = int('limit', 20, 1, 500, 'search.invalid_limit');
    const page = int('page', 1, 1, 1_000_000, 'search.invalid_page');
    const sortRaw = str(query.sort);
    if (sortRaw && sortRaw !== 'relevance' && sortRaw !== 'date') issues.push({ field: 'sort', message: 'search.invalid_sort' });
    const dateRaw = str(query.date);
    const range = dateRaw && dateRaw.trim() ? parseDateFilter(dateRaw) : undefined;
    if (range === null) issues.push({ field: 'date', message: 'search.invalid_date' });
    const q = str(query.q) ?? '';
    if (!q.replace(/[\s\u0000-\u001f\u007f-\u009f]/g, '')) issues.push({ field: 'q', message: 'search.empty_query' });
    if (issues.length) throw invalid(issues.some((i) => i.field === 'q') && issues.length === 1 ? 'CHAPAR_SEARCH_EMPTY_QUERY' : 'CHAPAR_SEARCH_INVALID', `Invalid search: ${issues.map((i) => i.field).join(', ')}`, issues);

    const search = deps.search;
    if (!search) return reply.code(503).header('cache-control', 'no-store').send({ error: { code: 'CHAPAR_SEARCH_UNAVAILABLE', message: t(lang, 'search.unavailable') } });

    const sq: SearchQuery = { q, lang, limit, page, sort: sortRaw === 'date' ? 'date' : 'relevance' };
    if (range) {
      sq.from = range.from;
      sq.to = range.to;
    }
    const empty = { total: 0, totalExact: true, page, limit, items: [] as unknown[] };
    for (const [param, table, key] of [['section', 'sections', 'sectionId'], ['tag', 'tags', 'tagId']] as const) {
      const raw = str(query[param]);
      if (!raw || !raw.trim()) continue;
      const id = await resolveFilterId(deps.ctx.db, table, lang, raw);
      if (id === null) return reply.header('cache-control', 'public, max-age=30').send(empty); // an unknown section or tag holds no articles
      sq[key] = id;
    }
    const r = await search.search(sq);
    return reply.header('cache-control', 'public, max-age=30').send({
      total: r.total,
      totalExact: r.totalExact,
      page,
      limit,
      items: r.items.map((h) => ({
        code: h.code,
        title: h.title,
        url: `${base}/${h.lang}/news/${h.code}/${encodeURIComponent(h.slug)}`,
        snippet: h.snippet,
        publishedAt: h.publishedAt?.toISOString() ?? null,
      })),
      ...(r.notice ? { notice: r.notice, message: t(lang, `search.${r.notice}`) } : {}),
      ...(r.truncated ? { truncated: true } : {}),
    });
  });
};
