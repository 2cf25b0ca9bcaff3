/**
 * The search algorithm both implementations share. A backend answers a handful of bounded
 * questions in its own SQL (count matches up to a cap, list the newest matching keys, hand back
 * the stored title/meta tokens of a few keys); everything else — parsing,
 * ranking, pagination, snippets — happens here once, so SQLite and PostgreSQL rank the same way.
 *
 * Ranking: the newest `RANK_WINDOW` matches are scored by
 *     Σ over required clauses  idf(clause) · (1 + 9·inTitle + 3·inMeta)
 * times a recency boost (half-life two weeks, floor 0.4) measured from the newest match, and
 * sorted; older matches follow in date order. Why: scoring every match of a common word over a
 * million articles is what makes search slow; a news reader wants recent articles anyway.
 */
import { sql, type Kysely } from 'kysely';
import type { ArticleStatus, Lang } from '../content/types.js';
import type { Database } from '../db/schema.js';
import { htmlToText } from './document.js';
import { parseQuery, positiveTokens, type Clause, type ParsedQuery } from './query-parser.js';
import { highlight, makeSnippet } from './snippet.js';
import { keyRanges, PARTITION_SHIFT, timeOfKey, type KeyRange } from './sort-key.js';
import type { SearchHit, SearchQuery, SearchResult } from './types.js';

/** Matches ranked by relevance; the rest follow newest first. */
export const RANK_WINDOW = 1000;
/** Document frequencies are counted up to this (enough to tell rare from common words). */
export const DF_CAP = 1000;
/** Results beyond this position are not served (ask for a narrower query). */
export const MAX_RESULT_WINDOW = 10_000;
export const MAX_LIMIT = 500;
/** Above the count cap, the total is extrapolated from the time span of this many newest matches. */
const ESTIMATE_AT = RANK_WINDOW;

const DAY = 86_400_000;
const HALF_LIFE_DAYS = 14;

/** Filters that are not key ranges. */
export interface ExtraFilters {
  sectionId?: number;
  tagId?: number;
}

export interface SearchBackend {
  /** Matches of the query in a key range, counted up to `cap`. */
  count(q: ParsedQuery, range: KeyRange, f: ExtraFilters, cap: number): Promise<number>;
  /** Keys of matches in a key range, newest (highest key) first. */
  newest(q: ParsedQuery, range: KeyRange, f: ExtraFilters, limit: number, offset: number): Promise<number[]>;
  /** Articles containing one clause, in the given ranges, counted up to `cap`. */
  docFreq(c: Clause, ranges: readonly KeyRange[], cap: number): Promise<number>;
  /** The title and meta (kicker, lead, tags) tokens, space-joined, of indexed articles by key. */
  heads(keys: readonly number[]): Promise<Map<number, { title: string; meta: string }>>;
  /** Lowest and highest key indexed in a range (for estimates). */
  span(range: KeyRange): Promise<{ min: number; max: number } | null>;
}

interface HitRow {
  sortKey: number;
  id: number;
  code: number;
  lang: string;
  title: string;
  slug: string;
  lead: string;
  body: string;
  publishedAt: number | null;
  sectionId: number | null;
  status: string;
}

/** The index's bookkeeping table, as both implementations create it. */
interface SearchDocsTable {
  sortKey: number;
  articleId: number;
}

const timePart = (key: number) => key % PARTITION_SHIFT;

export class SearchEngine {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly backend: SearchBackend,
    readonly countCap: number,
  ) {}

  async search(input: SearchQuery): Promise<SearchResult> {
    const parsed = parseQuery(input.q);
    const truncated = parsed.truncated || undefined;
    if (!parsed.must.length) {
      const notice = parsed.empty ? 'empty_query' : parsed.not.length ? 'only_excluded' : 'no_terms';
      return { total: 0, totalExact: true, items: [], notice, ...(truncated ? { truncated } : {}) };
    }
    const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(Number(input.limit)) || 20));
    const page = Math.max(1, Math.floor(Number(input.page)) || 1);
    const offset = (page - 1) * limit;
    const ranges = keyRanges(input);
    const f: ExtraFilters = { sectionId: input.sectionId, tagId: input.tagId };
    if (!ranges.length) return { total: 0, totalExact: true, items: [], ...(truncated ? { truncated } : {}) };

    const [{ total, exact }, keys] = await Promise.all([
      this.total(parsed, ranges, f),
      offset >= MAX_RESULT_WINDOW
        ? Promise.resolve([])
        : input.sort === 'date'
          ? this.newestMerged(parsed, ranges, f, Math.min(limit, MAX_RESULT_WINDOW - offset), offset)
          : this.byRelevance(parsed, ranges, f, Math.min(limit, MAX_RESULT_WINDOW - offset), offset),
    ]);
    const items = await this.hits(keys, parsed);
    return { total: Math.max(total, offset + items.length), totalExact: exact, items, ...(truncated ? { truncated } : {}) };
  }

  /** Exact count up to the cap in each range; above it, an estimate from how far back the cap-th match lies. */
  private async total(q: ParsedQuery, ranges: readonly KeyRange[], f: ExtraFilters): Promise<{ total: number; exact: boolean }> {
    let total = 0;
    let exact = true;
    for (const r of ranges) {
      const n = await this.backend.count(q, r, f, this.countCap);
      if (n < this.countCap) {
        total += n;
        continue;
      }
      exact = false;
      // How far back in time the RANK_WINDOW-th newest match lies, against the whole span of the
      // range: cheap (a short walk down the key order) and good enough for "about N results".
      const [k] = await this.backend.newest(q, r, f, 1, ESTIMATE_AT - 1);
      const span = await this.backend.span(r);
      if (k === undefined || !span) {
        total += n;
        continue;
      }
      const covered = Math.max(1000, timeOfKey(span.max) - timeOfKey(k));
      const all = Math.max(covered, timeOfKey(span.max) - timeOfKey(span.min));
      total += Math.max(n, Math.round((ESTIMATE_AT * all) / covered));
    }
    if (!exact) total = roundEstimate(total);
    return { total, exact };
  }

  private async newestMerged(q: ParsedQuery, ranges: readonly KeyRange[], f: ExtraFilters, limit: number, offset: number): Promise<number[]> {
    if (ranges.length === 1) return this.backend.newest(q, ranges[0]!, f, limit, offset);
    const lists = await Promise.all(ranges.map((r) => this.backend.newest(q, r, f, offset + limit, 0)));
    return lists
      .flat()
      .sort((a, b) => timePart(b) - timePart(a) || b - a)
      .slice(offset, offset + limit);
  }

  private async byRelevance(q: ParsedQuery, ranges: readonly KeyRange[], f: ExtraFilters, limit: number, offset: number): Promise<number[]> {
    const window = await this.newestMerged(q, ranges, f, RANK_WINDOW, 0);
    if (offset >= window.length) {
      return window.length < RANK_WINDOW ? [] : this.newestMerged(q, ranges, f, limit, offset);
    }
    const ranked = await this.rank(q, ranges, window);
    const keys = ranked.slice(offset, offset + limit);
    if (keys.length < limit && window.length === RANK_WINDOW) {
      keys.push(...(await this.newestMerged(q, ranges, f, limit - keys.length, RANK_WINDOW)));
    }
    return keys;
  }

  /** Orders matching keys (newest first) by relevance with the recency boost. */
  private async rank(q: ParsedQuery, ranges: readonly KeyRange[], window: number[]): Promise<number[]> {
    if (window.length <= 1) return window;
    const [dfs, heads] = await Promise.all([
      Promise.all(q.must.map((c) => this.backend.docFreq(c, ranges, DF_CAP))),
      this.backend.heads(window),
    ]);
    const phrases = q.must.map((c) => ` ${c.tokens.join(' ')} `);
    const idf = dfs.map((df) => Math.log(1 + DF_CAP / Math.max(1, df)));
    const newest = Math.max(...window.map(timeOfKey));
    const scored = window.map((key) => {
      // Field checks read the window's stored title/meta tokens: bounded by the window, whatever
      // the words' frequencies, and the same on both databases.
      const h = heads.get(key);
      const title = h ? ` ${h.title} ` : '';
      const meta = h ? ` ${h.meta} ` : '';
      let rel = 0;
      for (let i = 0; i < idf.length; i++) {
        rel += idf[i]! * (1 + (title.includes(phrases[i]!) ? 9 : 0) + (meta.includes(phrases[i]!) ? 3 : 0));
      }
      const ageDays = Math.max(0, newest - timeOfKey(key)) / DAY;
      const boost = 0.4 + 0.6 * Math.pow(2, -ageDays / HALF_LIFE_DAYS);
      return { key, score: rel * boost };
    });
    scored.sort((a, b) => b.score - a.score || timePart(b.key) - timePart(a.key) || b.key - a.key);
    return scored.map((s) => s.key);
  }

  /** Loads the articles behind keys (in that order) and builds highlighted hits. */
  private async hits(keys: number[], q: ParsedQuery): Promise<SearchHit[]> {
    if (!keys.length) return [];
    const rows = (await this.db
      .withTables<{ searchDocs: SearchDocsTable }>()
      .selectFrom('searchDocs as d')
      .innerJoin('articles as a', 'a.id', 'd.articleId')
      .select([
        'd.sortKey',
        'a.id',
        'a.code',
        'a.lang',
        'a.title',
        'a.slug',
        'a.lead',
        'a.body',
        'a.publishedAt',
        'a.sectionId',
        'a.status',
      ])
      .where('d.sortKey', 'in', keys)
      .execute()) as HitRow[];
    const byKey = new Map(rows.map((r) => [Number(r.sortKey), r]));
    const tokens = [...positiveTokens(q)];
    const out: SearchHit[] = [];
    for (const k of keys) {
      const r = byKey.get(k);
      if (!r) continue; // the article row went away without the index being told
      out.push({
        articleId: r.id,
        code: Number(r.code),
        lang: r.lang as Lang,
        title: r.title,
        titleHtml: highlight(r.title, tokens),
        slug: r.slug,
        snippet: makeSnippet(`${r.lead}\n${htmlToText(r.body)}`, tokens),
        publishedAt: r.publishedAt == null ? null : new Date(Number(r.publishedAt)),
        sectionId: r.sectionId,
        status: r.status as ArticleStatus,
      });
    }
    return out;
  }
}

/** Two significant digits: 123,456 → 120,000. */
function roundEstimate(n: number): number {
  if (n < 100) return n;
  const p = Math.pow(10, Math.floor(Math.log10(n)) - 1);
  return Math.round(n / p) * p;
}

/** Binds keys as a literal list (they are integers we computed, never user input). */
export function keyList(keys: readonly number[]) {
  return sql.raw(keys.map((k) => String(Math.trunc(k))).join(','));
}
