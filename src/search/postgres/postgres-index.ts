/**
 * PostgreSQL implementation: a `tsvector` built from the analyzer's tokens, with a GIN index.
 *
 * The vector is not made by to_tsvector (whose parser would split and re-classify tokens by
 * its own rules): it is written as a tsvector literal — each analyzer token quoted as a lexeme
 * with its positions and weight (A title, B kicker/lead/tags, C body) — and cast. Queries are
 * tsquery literals built the same way. So PostgreSQL compares exactly the analyzer's tokens,
 * whatever its locale or text search configuration; nothing beyond a stock PostgreSQL is needed.
 *
 * `search_docs(article_id, sort_key, lang, status, section_id, published_at, tsv)`; the unique
 * B-tree on sort_key gives the newest matches in key order (see sort-key.ts).
 */
import { ANALYZER_VERSION } from '../../text/index.js';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Article } from '../../content/types.js';
import type { Database } from '../../db/schema.js';
import { fieldTokens, type IndexedFields } from '../document.js';
import { SearchEngine, type ExtraFilters, type SearchBackend } from '../engine.js';
import { hasArticles, keySpan, recordSchemaVersion, storedSchemaVersion } from '../store-meta.js';
import { indexableOf, loadIndexableBatch } from '../indexable.js';
import type { Clause, ParsedQuery } from '../query-parser.js';
import { sortKey, type KeyRange } from '../sort-key.js';
import { BOUNDARY_TOKEN } from '../tokens.js';
import type { SearchIndex, SearchQuery, SearchResult } from '../types.js';

// The table layout's version and the analyzer's: either change rebuilds the index at start.
const SCHEMA_VERSION = `2-a${ANALYZER_VERSION}`;
const MAX_POSITION = 16383;
const MAX_POSITIONS_PER_LEXEME = 256;

/** A lexeme as tsvector/tsquery input: quoted, with ' doubled and \ escaped. */
const lexeme = (t: string) => `'${t.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** The tsvector literal of an article's fields (a one-position gap between fields so phrases never span two). */
export function tsvectorLiteral(f: IndexedFields): string {
  const positions = new Map<string, string[]>();
  let pos = 1;
  const add = (joined: string, weight: string) => {
    for (const t of fieldTokens(joined)) {
      if (t === BOUNDARY_TOKEN) {
        pos++;
        continue;
      }
      const p = Math.min(pos++, MAX_POSITION);
      let list = positions.get(t);
      if (!list) positions.set(t, (list = []));
      if (list.length < MAX_POSITIONS_PER_LEXEME) list.push(`${p}${weight}`);
    }
    pos++;
  };
  add(f.title, 'A');
  add(f.meta, 'B');
  add(f.body, 'C');
  let out = '';
  for (const [t, ps] of positions) out += `${out ? ' ' : ''}${lexeme(t)}:${ps.join(',')}`;
  return out;
}

function tsClause(c: Clause, weight = ''): string {
  const w = weight ? `:${weight}` : '';
  if (c.tokens.length === 1) return lexeme(c.tokens[0]!) + w;
  return `(${c.tokens.map((t) => lexeme(t) + w).join(' <-> ')})`;
}

/** The whole query as a tsquery literal (every token quoted: nothing typed is read as an operator). */
export function tsQuery(q: ParsedQuery): string {
  return q.must.map((c) => tsClause(c)).join(' & ') + q.not.map((c) => ` & !${tsClause(c)}`).join('');
}

function filterSql(f: ExtraFilters) {
  const parts = [];
  if (f.sectionId !== undefined) parts.push(sql`and d.section_id = ${f.sectionId}`);
  if (f.tagId !== undefined) parts.push(sql`and exists (select 1 from article_tags t where t.article_id = d.article_id and t.tag_id = ${f.tagId})`);
  return parts.length ? sql.join(parts, sql` `) : sql``;
}

class PostgresBackend implements SearchBackend {
  constructor(private readonly db: Kysely<Database>) {}

  async count(q: ParsedQuery, [lo, hi]: KeyRange, f: ExtraFilters, cap: number): Promise<number> {
    const r = await sql<{ n: number }>`select count(*)::int as n from (select 1 from search_docs d
      where d.tsv @@ ${tsQuery(q)}::tsquery and d.sort_key between ${lo} and ${hi} ${filterSql(f)} limit ${cap}) x`.execute(this.db);
    return Number(r.rows[0]?.n ?? 0);
  }

  async newest(q: ParsedQuery, [lo, hi]: KeyRange, f: ExtraFilters, limit: number, offset: number): Promise<number[]> {
    const r = await sql<{ k: number }>`select d.sort_key as k from search_docs d
      where d.tsv @@ ${tsQuery(q)}::tsquery and d.sort_key between ${lo} and ${hi} ${filterSql(f)}
      order by d.sort_key desc limit ${limit} offset ${offset}`.execute(this.db);
    return r.rows.map((x) => Number(x.k));
  }

  async docFreq(c: Clause, ranges: readonly KeyRange[], cap: number): Promise<number> {
    let n = 0;
    for (const r of ranges) {
      if (n >= cap) break;
      n += await this.count({ must: [c], not: [], truncated: false, empty: false }, r, {}, cap - n);
    }
    return n;
  }

  async heads(keys: readonly number[]): Promise<Map<number, { title: string; meta: string }>> {
    const r = await sql<{ k: number; t: string; m: string }>`select sort_key as k, title_tokens as t, meta_tokens as m from search_docs
      where sort_key = any(${`{${keys.join(',')}}`}::bigint[])`.execute(this.db);
    return new Map(r.rows.map((x) => [Number(x.k), { title: x.t, meta: x.m }]));
  }

  span(range: KeyRange): Promise<{ min: number; max: number } | null> {
    return keySpan(this.db, range);
  }
}

/** The PostgreSQL search index over a Kysely database. */
export class PostgresSearchIndex implements SearchIndex {
  readonly kind = 'postgres' as const;
  readonly countCap = 10_000;
  private readonly engine: SearchEngine;

  constructor(private readonly db: Kysely<Database>) {
    this.engine = new SearchEngine(db, new PostgresBackend(db), this.countCap);
  }

  async ensureSchema(): Promise<void> {
    const current = await storedSchemaVersion(this.db);
    if (current === SCHEMA_VERSION) return;
    if (current !== undefined) await sql`drop table if exists search_docs`.execute(this.db);
    await sql`create table if not exists search_docs (
      article_id integer primary key,
      sort_key bigint not null unique,
      lang varchar(8) not null,
      status varchar(16) not null,
      section_id integer,
      published_at bigint,
      title_tokens text not null default '',
      meta_tokens text not null default '',
      tsv tsvector not null
    )`.execute(this.db);
    await this.createIndexes(this.db);
    await recordSchemaVersion(this.db, SCHEMA_VERSION);
    if (await hasArticles(this.db)) await this.reindex();
  }

  private async createIndexes(db: Kysely<Database>): Promise<void> {
    await sql`create index if not exists search_docs_tsv_idx on search_docs using gin (tsv)`.execute(db);
    await sql`create index if not exists search_docs_section_idx on search_docs (section_id, sort_key)`.execute(db);
  }

  search(q: SearchQuery): Promise<SearchResult> {
    return this.engine.search(q);
  }

  async sync(trx: Transaction<Database>, article: Article): Promise<void> {
    const doc = indexableOf(article);
    const published = doc.status === 'published';
    const candidates = [0, 1, 2, 3, 4, 5, 6, 7].map((p) => sortKey(doc.lang, published, doc.time, doc.id, p));
    // One round trip: take the first candidate key that is free or already ours (a collision needs
    // two ids 2^18 apart in the same second; probing avoids a unique violation aborting the write).
    await sql`insert into search_docs (article_id, sort_key, lang, status, section_id, published_at, title_tokens, meta_tokens, tsv)
      select ${doc.id}, coalesce((select c.k from unnest(${`{${candidates.join(',')}}`}::bigint[]) with ordinality as c(k, o)
          where not exists (select 1 from search_docs s where s.sort_key = c.k and s.article_id <> ${doc.id}) order by c.o limit 1), ${candidates[0]!}),
        ${doc.lang}, ${doc.status}, ${doc.sectionId}, ${doc.publishedAt}, ${doc.fields.title}, ${doc.fields.meta}, ${tsvectorLiteral(doc.fields)}::tsvector
      on conflict (article_id) do update set sort_key = excluded.sort_key, lang = excluded.lang, status = excluded.status,
        section_id = excluded.section_id, published_at = excluded.published_at, title_tokens = excluded.title_tokens,
        meta_tokens = excluded.meta_tokens, tsv = excluded.tsv`.execute(trx);
  }

  async remove(trx: Transaction<Database>, articleId: number): Promise<void> {
    await sql`delete from search_docs where article_id = ${articleId}`.execute(trx);
  }

  /**
   * Empties the table, drops the GIN index, bulk-inserts every article in batches and builds
   * the index once at the end (much faster than maintaining it row by row). Searches during
   * a rebuild see a partial index.
   */
  async reindex(onProgress?: (done: number, total: number) => void): Promise<number> {
    const total = Number((await this.db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst())?.n ?? 0);
    await sql`truncate search_docs`.execute(this.db);
    await sql`drop index if exists search_docs_tsv_idx`.execute(this.db);
    onProgress?.(0, total);
    const used = new Set<number>();
    let done = 0;
    let after = 0;
    for (;;) {
      const batch = await loadIndexableBatch(this.db, after, 2000);
      if (!batch.length) break;
      for (let i = 0; i < batch.length; i += 500) {
        const part = batch.slice(i, i + 500).map((doc) => {
          const published = doc.status === 'published';
          let key = sortKey(doc.lang, published, doc.time, doc.id);
          for (let probe = 1; used.has(key); probe++) key = sortKey(doc.lang, published, doc.time, doc.id, probe);
          used.add(key);
          return sql`(${doc.id}, ${key}, ${doc.lang}, ${doc.status}, ${doc.sectionId}, ${doc.publishedAt}, ${doc.fields.title}, ${doc.fields.meta}, ${tsvectorLiteral(doc.fields)}::tsvector)`;
        });
        await sql`insert into search_docs (article_id, sort_key, lang, status, section_id, published_at, title_tokens, meta_tokens, tsv) values ${sql.join(part)}`.execute(this.db);
      }
      after = batch[batch.length - 1]!.id;
      done += batch.length;
      onProgress?.(done, total);
    }
    await this.db.connection().execute(async (c) => {
      await sql`set maintenance_work_mem = '512MB'`.execute(c);
      await this.createIndexes(c);
      await sql`reset maintenance_work_mem`.execute(c);
    });
    await sql`analyze search_docs`.execute(this.db);
    return done;
  }
}
