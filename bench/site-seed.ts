/**
 * Seeded SQLite databases for the site benchmark and the Lighthouse audit: the 3,200 real
 * articles of the shared datasets (or generated ones when the datasets are absent), and a
 * 100,000-article copy made by replicating those rows in SQL with shifted dates and codes.
 * Files are kept in a cache directory and reused.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRuntime } from '../src/app.js';
import { createArticle } from '../src/content/articles/create-article.js';
import { ensureDefaultSections } from '../src/content/sections/ensure-defaults.js';
import { getSectionBySlug } from '../src/content/sections/list-sections.js';
import { importDatasetFile } from '../src/ingest/import-dataset.js';
import { loadConfig } from '../src/platform/config.js';
import { createLogger } from '../src/platform/logger.js';

export const SEED_DIR = process.env.CHAPAR_BENCH_DIR ?? path.join(os.tmpdir(), 'chapar-site-bench');
const DATASETS = path.resolve(import.meta.dirname, '../../shared/datasets');

function runtimeFor(file: string) {
  const config = loadConfig({ CHAPAR_DATA_DIR: path.dirname(file), CHAPAR_DATABASE_URL: `sqlite:${file}`, CHAPAR_DEMO: '0', CHAPAR_LOG_LEVEL: 'silent' });
  return createRuntime(config, { logger: createLogger('silent') });
}

/** The base database: every dataset file imported (3,200 articles), top story and breaking set. */
async function seedBase(file: string, log: (s: string) => void): Promise<void> {
  const rt = await runtimeFor(file);
  try {
    await ensureDefaultSections(rt.ctx);
    if (fs.existsSync(DATASETS)) {
      for (const f of fs.readdirSync(DATASETS).filter((n) => n.endsWith('.json.gz')).sort()) {
        const r = await importDatasetFile(rt.ctx, path.join(DATASETS, f));
        log(`  imported ${f}: ${r.added}`);
      }
    } else {
      const sec = await getSectionBySlug(rt.ctx, 'fa', 'politics');
      for (let i = 0; i < 3200; i++) {
        await createArticle(rt.ctx, { lang: 'fa', sectionId: sec?.id ?? null, title: `خبر شمارهٔ ${i} دربارهٔ بودجهٔ سال ۱۴۰۵ و دفاتر ICT`, lead: 'لید خبر '.repeat(20), body: `<p>${'متن خبر '.repeat(400)}</p>`, tags: ['بودجه', `برچسب ${i % 50}`] }, { publishedAt: new Date(Date.now() - i * 600_000) });
      }
      log('  generated 3,200 articles (datasets absent)');
    }
    const db = rt.ctx.db;
    const newest = await db.selectFrom('articles').select('id').where('lang', '=', 'fa').orderBy('publishedAt', 'desc').limit(2).execute();
    if (newest[0]) await db.updateTable('articles').set({ isTopStory: 1 }).where('id', '=', newest[0].id).execute();
    if (newest[1]) await db.updateTable('articles').set({ isBreaking: 1, breakingUntil: null }).where('id', '=', newest[1].id).execute();
  } finally {
    await rt.close();
  }
}

/** Copies the base rows until the table holds `target` articles (older dates, new codes). */
async function multiply(file: string, target: number, log: (s: string) => void): Promise<void> {
  const rt = await runtimeFor(file);
  const sqlite = rt.handle.sqlite!;
  try {
    const { n, minId, maxId, minPub, maxPub } = sqlite.prepare('select count(*) n, min(id) minId, max(id) maxId, min(published_at) minPub, max(published_at) maxPub from articles').get() as Record<string, number>;
    if (maxId - minId + 1 !== n) throw new Error('base ids are not contiguous');
    const span = maxPub - minPub + 3_600_000;
    const cols = sqlite.prepare('select name from pragma_table_info(\'articles\')').all().map((r) => (r as { name: string }).name);
    const expr = (c: string, k: number) =>
      c === 'id' ? `id + ${k * n}` : c === 'code' ? `code + ${k * n}` : c === 'published_at' || c === 'created_at' || c === 'updated_at' ? `${c} - ${k * span}` : c === 'import_key' ? 'null' : c === 'is_top_story' || c === 'is_breaking' || c === 'view_count' ? '0' : c === 'breaking_until' ? 'null' : c;
    sqlite.exec('begin');
    for (let k = 1; n * k < target; k++) {
      const limit = Math.min(n, target - n * k);
      sqlite.exec(`insert into articles (${cols.join(',')}) select ${cols.map((c) => expr(c, k)).join(',')} from articles where id between ${minId} and ${minId + limit - 1}`);
      sqlite.exec(`insert into article_tags (article_id, tag_id, position) select article_id + ${k * n}, tag_id, position from article_tags where article_id between ${minId} and ${minId + limit - 1}`);
      sqlite.exec(`insert into article_authors (article_id, author_id, position) select article_id + ${k * n}, author_id, position from article_authors where article_id between ${minId} and ${minId + limit - 1}`);
    }
    sqlite.exec(`update counters set value = (select max(code) from articles) where name = 'news_code'`);
    sqlite.exec('commit');
    sqlite.exec('analyze');
    log(`  multiplied to ${(sqlite.prepare('select count(*) n from articles').get() as { n: number }).n} articles`);
  } finally {
    await rt.close();
  }
}

/** A seeded database file with about `articles` articles (3,200 or more), built once. */
export async function seededDatabase(articles: number, log: (s: string) => void = () => {}): Promise<string> {
  fs.mkdirSync(SEED_DIR, { recursive: true });
  const base = path.join(SEED_DIR, 'site-3200.db');
  if (!fs.existsSync(base)) {
    log(`seeding ${base} …`);
    const tmp = `${base}.tmp`;
    fs.rmSync(tmp, { force: true });
    await seedBase(tmp, log);
    fs.renameSync(tmp, base);
  }
  if (articles <= 3200) return upToDate(base);
  const big = path.join(SEED_DIR, `site-${articles}.db`);
  if (!fs.existsSync(big)) {
    log(`seeding ${big} …`);
    const tmp = `${big}.tmp`;
    fs.copyFileSync(base, tmp);
    await multiply(tmp, articles, log);
    fs.renameSync(tmp, big);
  }
  return upToDate(big);
}

/**
 * Opens a seeded file once so migrations and a search-index rebuild (after the analyzer
 * changed) happen here, once, and not in every server copy the benchmark starts.
 */
async function upToDate(file: string): Promise<string> {
  const rt = await runtimeFor(file);
  await rt.close();
  return file;
}
