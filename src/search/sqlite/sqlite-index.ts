/**
 * SQLite implementation: an FTS5 table fed the analyzer's tokens joined by spaces.
 *
 * - `search_fts(text)`: every token of the article (title, kicker/lead/tags, body, with a boundary
 *   token between fields so no phrase spans two); contentless (the text lives in `articles`), rows
 *   deletable (contentless_delete=1). Its tokenizer is `ascii` with every printable ASCII character
 *   declared a token character, so it splits on white space only and keeps each analyzer token
 *   whole — FTS5's own word rules never decide what matches. The FTS rowid is the sort key.
 * - `search_docs(sort_key, article_id, …)`: which article a key stands for, the filter columns, and
 *   the title and meta tokens again (the ranking reads them for the candidate window only).
 */
import { ANALYZER_VERSION } from '../../text/index.js';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Article } from '../../content/types.js';
import type { Database } from '../../db/schema.js';
import type { IndexedFields } from '../document.js';
import { BOUNDARY_TOKEN } from '../tokens.js';
import { keyList, SearchEngine, type ExtraFilters, type SearchBackend } from '../engine.js';
import { hasArticles, keySpan, recordSchemaVersion, storedSchemaVersion } from '../store-meta.js';
import type { Clause, ParsedQuery } from '../query-parser.js';
import { sortKey, type KeyRange } from '../sort-key.js';
import type { SearchIndex, SearchQuery, SearchResult } from '../types.js';
import { indexableOf, loadIndexableBatch, type IndexableArticle } from '../indexable.js';

/** Rows per multi-row statement: a few fixed sizes, so few distinct statements to prepare. */
const ROW_GROUPS = [64, 16, 4, 1];

// The table layout's version and the analyzer's: either change rebuilds the index at start.
const SCHEMA_VERSION = `4-a${ANALYZER_VERSION}`;
const PUNCT = `!"#$%&'()*+,-./:;<=>?@[\\]^_\`{|}~`;
const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;
const TOKENIZE = sqlString(`ascii tokenchars ${sqlString(PUNCT)}`);

type Db = Kysely<Database> | Transaction<Database>;

/** FTS5 syntax for a clause: a quoted string (a phrase when it has several tokens). */
function ftsClause(c: Clause, column?: 'title' | 'meta'): string {
  const phrase = `"${c.tokens.map((t) => t.replace(/"/g, '""')).join(' ')}"`;
  return column ? `{${column}} : ${phrase}` : phrase;
}

/** The whole query in FTS5 syntax; every token is quoted, so nothing typed is read as an operator. */
export function ftsMatch(q: ParsedQuery): string {
  const pos = q.must.map((c) => ftsClause(c)).join(' AND ');
  if (!q.not.length) return pos;
  return `(${pos}) NOT (${q.not.map((c) => ftsClause(c)).join(' OR ')})`;
}

function filterSql(f: ExtraFilters) {
  const parts = [];
  if (f.sectionId !== undefined) parts.push(sql`and d.section_id = ${f.sectionId}`);
  if (f.tagId !== undefined) parts.push(sql`and exists (select 1 from article_tags t where t.article_id = d.article_id and t.tag_id = ${f.tagId})`);
  return parts.length ? sql.join(parts, sql` `) : sql``;
}
const needsDocs = (f: ExtraFilters) => f.sectionId !== undefined || f.tagId !== undefined;

class SqliteBackend implements SearchBackend {
  constructor(private readonly db: Kysely<Database>) {}

  private from(f: ExtraFilters) {
    return needsDocs(f) ? sql`search_fts join search_docs d on d.sort_key = search_fts.rowid` : sql`search_fts`;
  }

  async count(q: ParsedQuery, [lo, hi]: KeyRange, f: ExtraFilters, cap: number): Promise<number> {
    const r = await sql<{ n: number }>`select count(*) as n from (select 1 from ${this.from(f)}
      where search_fts match ${ftsMatch(q)} and search_fts.rowid between ${lo} and ${hi} ${filterSql(f)} limit ${cap})`.execute(this.db);
    return Number(r.rows[0]?.n ?? 0);
  }

  async newest(q: ParsedQuery, [lo, hi]: KeyRange, f: ExtraFilters, limit: number, offset: number): Promise<number[]> {
    const r = await sql<{ k: number }>`select search_fts.rowid as k from ${this.from(f)}
      where search_fts match ${ftsMatch(q)} and search_fts.rowid between ${lo} and ${hi} ${filterSql(f)}
      order by search_fts.rowid desc limit ${limit} offset ${offset}`.execute(this.db);
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
      where sort_key in (${keyList(keys)})`.execute(this.db);
    return new Map(r.rows.map((x) => [Number(x.k), { title: x.t, meta: x.m }]));
  }

  span(range: KeyRange): Promise<{ min: number; max: number } | null> {
    return keySpan(this.db, range);
  }
}

/** Creates the SQLite FTS5 search index over a Kysely database. */
export class SqliteSearchIndex implements SearchIndex {
  readonly kind = 'sqlite' as const;
  readonly countCap = 10_000;
  private readonly engine: SearchEngine;

  constructor(private readonly db: Kysely<Database>) {
    this.engine = new SearchEngine(db, new SqliteBackend(db), this.countCap);
  }

  async ensureSchema(): Promise<void> {
    const current = await storedSchemaVersion(this.db);
    if (current === SCHEMA_VERSION) return;
    if (current !== undefined) {
      await sql`drop table if exists search_fts`.execute(this.db);
      for (const t of ['search_head', 'search_fts_title', 'search_fts_meta']) await sql`drop table if exists ${sql.raw(t)}`.execute(this.db);
      await sql`drop table if exists search_docs`.execute(this.db);
    }
    await sql.raw(`create virtual table if not exists search_fts using fts5(text, content='', contentless_delete=1, tokenize=${TOKENIZE})`).execute(this.db);
    await sql`create table if not exists search_docs (
      sort_key integer primary key,
      article_id integer not null unique,
      lang text not null,
      status text not null,
      section_id integer,
      published_at integer,
      title_tokens text not null default '',
      meta_tokens text not null default ''
    )`.execute(this.db);
    await sql`create index if not exists search_docs_section_idx on search_docs (section_id, sort_key)`.execute(this.db);
    await recordSchemaVersion(this.db, SCHEMA_VERSION);
    if (await hasArticles(this.db)) await this.reindex();
  }

  search(q: SearchQuery): Promise<SearchResult> {
    return this.engine.search(q);
  }

  async sync(trx: Transaction<Database>, article: Article): Promise<void> {
    await this.write(trx, indexableOf(article));
  }

  /**
   * sync for a batch of articles saved together: old entries dropped with one statement, new
   * ones inserted with a few multi-row statements; an article whose key is taken falls back to
   * the probing of write().
   *
   * The FTS rows go in last, in ascending key order. FTS5 keeps a transaction's new terms in
   * memory and writes them out as a segment whenever a rowid is not above the one before, and
   * keys run newest first while imports go from newer to older items: in the articles' order
   * nearly every row flushed (and later merged) a segment of its own.
   */
  async syncMany(trx: Transaction<Database>, articles: Article[]): Promise<void> {
    const docs = articles.map(indexableOf);
    if (new Set(docs.map((d) => d.id)).size !== docs.length) {
      // The same article twice: each save in turn, as separate syncs would.
      for (const doc of docs) await this.write(trx, doc);
      return;
    }
    const fts: Array<{ key: number; doc: IndexableArticle }> = [];
    for (let i = 0; i < docs.length; ) {
      const n = ROW_GROUPS.find((g) => g <= docs.length - i)!;
      const part = docs.slice(i, i + n);
      i += n;
      const old = await sql<{ sortKey: number }>`delete from search_docs where article_id in (${sql.join(part.map((d) => d.id))}) returning sort_key`.execute(trx);
      if (old.rows.length) await sql`delete from search_fts where rowid in (${sql.join(old.rows.map((r) => r.sortKey))})`.execute(trx);
      const keyed = part.map((doc) => ({ doc, key: sortKey(doc.lang, doc.status === 'published', doc.time, doc.id) }));
      const r = await sql<{ articleId: number }>`insert into search_docs (sort_key, article_id, lang, status, section_id, published_at, title_tokens, meta_tokens) values ${sql.join(
        keyed.map(({ key, doc }) => sql`(${key}, ${doc.id}, ${doc.lang}, ${doc.status}, ${doc.sectionId}, ${doc.publishedAt}, ${doc.fields.title}, ${doc.fields.meta})`),
      )} on conflict (sort_key) do nothing returning article_id`.execute(trx);
      // Matched by article: two articles of the batch may ask for the same key.
      const placed = new Set(r.rows.map((x) => Number(x.articleId)));
      for (const k of keyed) if (placed.has(k.doc.id)) fts.push(k);
      for (const { doc } of keyed) if (!placed.has(doc.id)) await this.write(trx, doc);
    }
    fts.sort((a, b) => a.key - b.key);
    for (let i = 0; i < fts.length; ) {
      const n = ROW_GROUPS.find((g) => g <= fts.length - i)!;
      const part = fts.slice(i, i + n);
      i += n;
      await sql`insert into search_fts (rowid, text) values ${sql.join(part.map(({ key, doc }) => sql`(${key}, ${allText(doc.fields)})`))}`.execute(trx);
    }
  }

  async remove(trx: Transaction<Database>, articleId: number): Promise<void> {
    const old = await sql<{ sortKey: number }>`delete from search_docs where article_id = ${articleId} returning sort_key`.execute(trx);
    for (const r of old.rows) {
      await sql`delete from search_fts where rowid = ${r.sortKey}`.execute(trx);
    }
  }

  /** One article: drop its old entry, take a free key, insert the new one. */
  private async write(db: Db, doc: IndexableArticle): Promise<void> {
    await this.remove(db as Transaction<Database>, doc.id);
    const published = doc.status === 'published';
    for (let probe = 0; ; probe++) {
      const key = sortKey(doc.lang, published, doc.time, doc.id, probe);
      const r = await sql`insert into search_docs (sort_key, article_id, lang, status, section_id, published_at, title_tokens, meta_tokens)
        values (${key}, ${doc.id}, ${doc.lang}, ${doc.status}, ${doc.sectionId}, ${doc.publishedAt}, ${doc.fields.title}, ${doc.fields.meta})
        on conflict (sort_key) do nothing`.execute(db);
      if (Number(r.numAffectedRows ?? 0n) === 1) {
        await sql`insert into search_fts (rowid, text) values (${key}, ${allText(doc.fields)})`.execute(db);
        return;
      }
    }
  }

  async reindex(onProgress?: (done: number, total: number) => void): Promise<number> {
    const total = Number((await this.db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst())?.n ?? 0);
    await this.db.transaction().execute(async (trx) => {
      await sql`insert into search_fts (search_fts) values ('delete-all')`.execute(trx);
      await sql`delete from search_docs`.execute(trx);
    });
    onProgress?.(0, total);
    let done = 0;
    let after = 0;
    const used = new Set<number>();
    for (;;) {
      const n = await this.db.transaction().execute(async (trx) => {
        const batch = await loadIndexableBatch(trx, after, 2000);
        if (!batch.length) return 0;
        // The table was emptied above, so free keys are known here without asking the database.
        const rows = batch.map((doc) => {
          const published = doc.status === 'published';
          let key = sortKey(doc.lang, published, doc.time, doc.id);
          for (let probe = 1; used.has(key); probe++) key = sortKey(doc.lang, published, doc.time, doc.id, probe);
          used.add(key);
          return { key, doc };
        });
        for (let i = 0; i < rows.length; i += 500) {
          const part = rows.slice(i, i + 500);
          await sql`insert into search_docs (sort_key, article_id, lang, status, section_id, published_at, title_tokens, meta_tokens) values ${sql.join(
            part.map(({ key, doc }) => sql`(${key}, ${doc.id}, ${doc.lang}, ${doc.status}, ${doc.sectionId}, ${doc.publishedAt}, ${doc.fields.title}, ${doc.fields.meta})`),
          )}`.execute(trx);
        }
        // In ascending key order, as in syncMany: FTS5 flushes a segment at every rowid that is not above the last.
        rows.sort((a, b) => a.key - b.key);
        for (let i = 0; i < rows.length; i += 500) {
          const part = rows.slice(i, i + 500);
          await sql`insert into search_fts (rowid, text) values ${sql.join(part.map(({ key, doc }) => sql`(${key}, ${allText(doc.fields)})`))}`.execute(trx);
        }
        after = batch[batch.length - 1]!.id;
        return batch.length;
      });
      if (!n) break;
      done += n;
      onProgress?.(done, total);
    }
    await sql`insert into search_fts (search_fts) values ('optimize')`.execute(this.db);
    return done;
  }
}

/** All fields in one column, a boundary token between them (so a phrase never spans two fields). */
const allText = (f: IndexedFields) => [f.title, f.meta, f.body].filter((x) => x.length).join(` ${BOUNDARY_TOKEN} `);
