/**
 * Search benchmark: `npm run bench:search [-- --articles N] [--db sqlite|postgres|both] [--queries 200]`
 *
 * Generates N articles (default 1,000,000) from the shared Persian dataset items — each item
 * reused with a deterministically varied title, paragraph order, kicker, section and date —
 * bulk-inserts them straight into `articles` (that part is not what is measured), then rebuilds
 * the search index through the real index code (SearchIndex.reindex) and times it, times
 * SearchIndex.sync for a sample of articles (the per-save path), prints the index size, and runs a
 * fixed set of 200 one-to-three-word queries (common, mid-frequency and rare words) for latency
 * p50/p95/p99 of the full search call (count, ranking, 20 hits with snippets).
 * PostgreSQL: CHAPAR_BENCH_PG_URL (default postgres://root@127.0.0.1:5432/test) in its own schema.
 * Prints figures; asserts nothing. Never run two benchmarks at once.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import pg from 'pg';
import { sql } from 'kysely';
import { createRuntime, type Runtime } from '../src/app.js';
import { ensureDefaultSections } from '../src/content/sections/ensure-defaults.js';
import { loadArticle } from '../src/content/articles/article-store.js';
import type { Article } from '../src/content/types.js';
import { loadConfig } from '../src/platform/config.js';
import { createLogger } from '../src/platform/logger.js';
import { analyze } from '../src/text/index.js';

const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000000' },
    db: { type: 'string', default: 'both' },
    queries: { type: 'string', default: '200' },
    keep: { type: 'boolean', default: false },
  },
});
const N = Number(args.articles);
const NQ = Number(args.queries);
const PG_URL = process.env.CHAPAR_BENCH_PG_URL ?? 'postgres://root@127.0.0.1:5432/test';
const DATA_DIR = path.resolve(import.meta.dirname, '../../shared/datasets');

interface Item { title: string; abstract?: string; paragraphs?: string[]; tags?: string[]; cat?: string }
const items: Item[] = [];
for (const f of fs.readdirSync(DATA_DIR).filter((f) => f.endsWith('.json.gz')).sort()) items.push(...JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(DATA_DIR, f))).toString('utf8')));

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Words to vary titles with, taken from the items' own titles.
const titleWords = [...new Set(items.flatMap((it) => it.title.split(/\s+/)).filter((w) => w.length > 3))].sort().slice(0, 2000);
const KICKERS = ['', '', 'گزارش', 'در گفت‌وگو با فارس', 'یادداشت', 'خبر ویژه', 'تحلیل'];
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const START = Date.UTC(2022, 0, 1);
const STEP = 150_000; // 1M articles ≈ 4.8 years

interface Gen { code: number; sectionSlot: number; kicker: string; title: string; lead: string; body: string; slug: string; status: string; at: number; tags: string[] }
function generate(i: number): Gen {
  const it = items[i % items.length]!;
  const v = Math.floor(i / items.length);
  const r = rng(i + 1);
  const paras = it.paragraphs ?? [];
  const k = paras.length ? v % paras.length : 0;
  const rotated = v ? [...paras.slice(k), ...paras.slice(0, k)] : paras;
  const extra = v ? ` ${titleWords[Math.floor(r() * titleWords.length)]}${r() < 0.5 ? ` ${titleWords[Math.floor(r() * titleWords.length)]}` : ''}` : '';
  return {
    code: 1_000_000 + i,
    sectionSlot: Math.floor(r() * 1000),
    kicker: KICKERS[Math.floor(r() * KICKERS.length)]!,
    title: it.title + extra,
    lead: it.abstract ?? '',
    body: rotated.map((p) => `<p>${esc(p)}</p>`).join('\n'),
    slug: `n${i}`,
    status: r() < 0.98 ? 'published' : 'draft',
    at: START + i * STEP,
    tags: [...new Set((it.tags ?? []).map((t) => t.trim()).filter(Boolean))].slice(0, 3),
  };
}

/** 200 queries, deterministic: 1–3 words each, mixing common, mid-frequency and rare words. */
function makeQueries(n: number): string[] {
  const df = new Map<string, number>();
  for (const it of items) for (const t of new Set(analyze([it.title, it.abstract ?? '', ...(it.paragraphs ?? [])].join('\n')))) df.set(t, (df.get(t) ?? 0) + 1);
  const byDf = [...df].filter(([t]) => t.length > 1 && !/^\d+$/.test(t)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const common = byDf.slice(0, 60).map(([t]) => t);
  const mid = byDf.slice(300, 3000).map(([t]) => t);
  const rare = byDf.filter(([, d]) => d <= 3).map(([t]) => t);
  const r = rng(20261128);
  const pick = (list: string[]) => list[Math.floor(r() * list.length)]!;
  const out: string[] = [];
  for (let q = 0; q < n; q++) {
    const words: string[] = [];
    for (let w = 0; w <= q % 3; w++) {
      const x = r();
      words.push(x < 0.35 ? pick(common) : x < 0.7 ? pick(mid) : pick(rare));
    }
    out.push(words.join(' '));
  }
  return out;
}

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });
const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const log = (s: string) => process.stderr.write(`${s}\n`);

async function sectionIds(rt: Runtime): Promise<number[]> {
  const rows = await rt.handle.db.selectFrom('sections').select('id').where('lang', '=', 'fa').orderBy('id').execute();
  return rows.map((r) => r.id);
}

async function tagIds(rt: Runtime): Promise<Map<string, number>> {
  const names = [...new Set(items.flatMap((it) => (it.tags ?? []).slice(0, 3)).map((t) => t.trim()).filter(Boolean))];
  const ids = new Map<string, number>();
  for (let i = 0; i < names.length; i += 500) {
    const part = names.slice(i, i + 500);
    const rows = await rt.handle.db.insertInto('tags').values(part.map((name, j) => ({ lang: 'fa', name, slug: `bt-${i + j}`, createdAt: START }))).returning(['id', 'name']).execute();
    for (const r of rows) ids.set(r.name, r.id);
  }
  return ids;
}

/** Bulk load into SQLite through one prepared statement per table (not measured as indexing). */
async function loadSqlite(rt: Runtime) {
  const db = rt.handle.sqlite!;
  const secs = await sectionIds(rt);
  const tags = await tagIds(rt);
  const insA = db.prepare(`insert into articles (id, code, lang, section_id, kicker, title, lead, body, slug, status, created_at, updated_at, published_at)
    values (?, ?, 'fa', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insT = db.prepare('insert into article_tags (article_id, tag_id, position) values (?, ?, ?)');
  const batch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const g = generate(i);
      insA.run(i + 1, g.code, secs[g.sectionSlot % secs.length], g.kicker, g.title, g.lead, g.body, g.slug, g.status, g.at, g.at, g.status === 'published' ? g.at : null);
      g.tags.forEach((t, p) => {
        const id = tags.get(t.trim());
        if (id) insT.run(i + 1, id, p);
      });
    }
  });
  for (let i = 0; i < N; i += 10_000) {
    batch(i, Math.min(N, i + 10_000));
    if ((i / 10_000) % 10 === 0) log(`  loaded ${fmt(i)}`);
  }
}

/** Bulk load into PostgreSQL with unnest() arrays, 5,000 rows a statement (not measured as indexing). */
async function loadPostgres(rt: Runtime, url: string) {
  const secs = await sectionIds(rt);
  const tags = await tagIds(rt);
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query('set synchronous_commit = off');
  for (let i = 0; i < N; i += 5000) {
    const cols: unknown[][] = Array.from({ length: 12 }, () => []);
    const at: number[][] = [[], [], []];
    for (let j = i; j < Math.min(N, i + 5000); j++) {
      const g = generate(j);
      const row = [j + 1, g.code, secs[g.sectionSlot % secs.length], g.kicker, g.title, g.lead, g.body, g.slug, g.status, g.at, g.at, g.status === 'published' ? g.at : null];
      row.forEach((v, k) => cols[k]!.push(v));
      g.tags.forEach((t, p) => {
        const id = tags.get(t.trim());
        if (id) {
          at[0]!.push(j + 1);
          at[1]!.push(id);
          at[2]!.push(p);
        }
      });
    }
    await c.query(
      `insert into articles (id, code, lang, section_id, kicker, title, lead, body, slug, status, created_at, updated_at, published_at)
       select a, b, 'fa', c, d, e, f, g, h, i, j, k, l from unnest($1::int[], $2::bigint[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::bigint[], $11::bigint[], $12::bigint[]) as t(a, b, c, d, e, f, g, h, i, j, k, l)`,
      cols,
    );
    await c.query('insert into article_tags (article_id, tag_id, position) select * from unnest($1::int[], $2::int[], $3::int[])', at);
    if ((i / 5000) % 20 === 0) log(`  loaded ${fmt(i)}`);
  }
  await c.query(`select setval(pg_get_serial_sequence('articles', 'id'), ${N + 1})`);
  await c.query('analyze articles');
  await c.query('analyze article_tags');
  await c.end();
}

async function indexSize(rt: Runtime): Promise<number> {
  if (rt.handle.dialect === 'postgres') {
    const r = await sql<{ n: string }>`select pg_total_relation_size('search_docs') as n`.execute(rt.handle.db);
    return Number(r.rows[0]!.n);
  }
  try {
    const r = rt.handle.sqlite!.prepare(`select sum(pgsize) as n from dbstat where name like 'search_%' or name like 'sqlite_autoindex_search_%'`).get() as { n: number };
    return r.n;
  } catch {
    return NaN;
  }
}

async function run(dialect: 'sqlite' | 'postgres') {
  log(`\n== ${dialect}: ${fmt(N)} articles`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chapar-bench-search-'));
  let url = `sqlite:${path.join(dataDir, 'bench.db')}`;
  const schema = `bench_search_${process.pid}`;
  if (dialect === 'postgres') {
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`drop schema if exists ${schema} cascade`);
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const u = new URL(PG_URL);
    u.searchParams.set('options', `-c search_path=${schema}`);
    url = u.toString();
  }
  const rt = await createRuntime(loadConfig({ CHAPAR_DATA_DIR: dataDir, CHAPAR_DATABASE_URL: url, CHAPAR_DEMO: '0', CHAPAR_LOG_LEVEL: 'warn' }), { logger: createLogger('warn') });
  try {
    await ensureDefaultSections(rt.ctx);
    let t0 = performance.now();
    if (dialect === 'sqlite') await loadSqlite(rt);
    else await loadPostgres(rt, url);
    log(`  bulk load (not the index): ${fmt((performance.now() - t0) / 1000)} s`);

    const search = rt.search!;
    t0 = performance.now();
    let last = 0;
    const n = await search.reindex((done, total) => {
      if (done - last >= 100_000 || done === total) {
        last = done;
        log(`  indexed ${fmt(done)}/${fmt(total)}  ${fmt(done / ((performance.now() - t0) / 1000))} articles/s`);
      }
    });
    const reindexSecs = (performance.now() - t0) / 1000;
    const size = await indexSize(rt);

    const queries = makeQueries(NQ);
    for (const q of makeQueries(20).map((x) => `${x} ${x}`)) await search.search({ q, lang: 'fa', limit: 20, page: 1 }); // warm-up, other queries
    const times: number[] = [];
    const slow: Array<[number, string, number]> = [];
    let hits = 0;
    for (const q of queries) {
      const s = performance.now();
      const r = await search.search({ q, lang: 'fa', limit: 20, page: 1 });
      const ms = performance.now() - s;
      times.push(ms);
      slow.push([ms, q, r.total]);
      hits += r.items.length;
    }
    // After the queries: on PostgreSQL fresh rows wait in the GIN pending list until vacuum merges it.
    // The per-save path: sync() of articles already stored, in transactions of 100 (as an import batch would).
    const sample = Math.min(5000, N);
    const ids = Array.from({ length: sample }, (_, i) => 1 + Math.floor((i * N) / sample));
    const arts: Article[] = [];
    for (const id of ids) arts.push(await loadArticle(rt.handle.db, id));
    t0 = performance.now();
    for (let i = 0; i < arts.length; i += 100) {
      await rt.handle.db.transaction().execute(async (trx) => {
        for (const a of arts.slice(i, i + 100)) await search.sync(trx, a);
      });
    }
    const syncRate = sample / ((performance.now() - t0) / 1000);

    times.sort((a, b) => a - b);
    slow.sort((a, b) => b[0] - a[0]);
    const result = {
      dialect,
      articles: n,
      reindexSeconds: Math.round(reindexSecs),
      indexingRate: Math.round(n / reindexSecs),
      syncRate: Math.round(syncRate),
      indexMB: Math.round(size / 1e6),
      p50: +pct(times, 50).toFixed(2),
      p95: +pct(times, 95).toFixed(2),
      p99: +pct(times, 99).toFixed(2),
      max: +times[times.length - 1]!.toFixed(2),
      hitsPerQuery: +(hits / queries.length).toFixed(1),
    };
    log(`  slowest: ${slow.slice(0, 5).map(([ms, q, total]) => `«${q}» ${ms.toFixed(1)} ms (${fmt(total)})`).join(', ')}`);
    console.log(
      `${dialect.padEnd(8)} ${fmt(result.articles)} articles | indexing ${fmt(result.indexingRate)} articles/s (reindex ${result.reindexSeconds} s; sync ${fmt(result.syncRate)} articles/s) | index ${fmt(result.indexMB)} MB | ` +
        `query p50 ${result.p50} ms, p95 ${result.p95} ms, p99 ${result.p99} ms (max ${result.max}; ${queries.length} queries, ${result.hitsPerQuery} hits each)`,
    );
    return result;
  } finally {
    await rt.close();
    if (!args.keep) {
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (dialect === 'postgres') {
        const admin = new pg.Client({ connectionString: PG_URL });
        await admin.connect();
        await admin.query(`drop schema if exists ${schema} cascade`);
        await admin.end();
      }
    } else log(`  kept: ${url}`);
  }
}

const which = args.db === 'both' ? (['sqlite', 'postgres'] as const) : [args.db as 'sqlite' | 'postgres'];
for (const d of which) await run(d);
