import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { test } from 'node:test';
import { agencyOf, publicationTimeOf } from '../../src/ingest/dataset-mapping.js';
import { DEFAULT_ANCHOR, importDatasetFile, importDatasetFiles } from '../../src/ingest/import-dataset.js';
import { ChaparError } from '../../src/platform/errors.js';
import { buildArticle } from '../helpers/factories.js';
import { buildRuntime, DATASETS_DIR, NO_DATASETS } from '../helpers/runtime.js';

async function countsBySection(rt: Awaited<ReturnType<typeof buildRuntime>>) {
  const rows = await rt.ctx.db
    .selectFrom('articles')
    .innerJoin('sections', 'sections.id', 'articles.sectionId')
    .select(['sections.slug', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('sections.slug')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.slug, Number(r.n)]));
}

for (const name of ['fars-news-1.json.gz', 'varzesh3-1.json.gz']) {
  test(`importing ${name} puts as many articles in each section as the file has, and a second import adds nothing`, { skip: NO_DATASETS }, async (t) => {
    const rt = await buildRuntime(t);
    const file = path.join(DATASETS_DIR!, name);
    const items = JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8')) as Array<{ cat?: string; link: string }>;
    // Expected counts from the file's own `cat` values, by the mapping the issue names, written
    // out here rather than taken from sectionSlugFor: a section takes its `cat` as its slug, but
    // for three renamed ones; no `cat` is «عمومی» for Fars and sports for Varzesh3.
    const RENAMED: Record<string, string> = { 'scientific-academic': 'science', 'farsplus-magazine': 'magazine', 'regional-offices': 'province' };
    const expected: Record<string, number> = {};
    for (const it of items) {
      const cat = it.cat ?? '';
      const slug = cat ? (RENAMED[cat] ?? cat) : name.startsWith('varzesh3') ? 'sports' : 'general';
      expected[slug] = (expected[slug] ?? 0) + 1;
    }
    assert.ok(Object.keys(expected).length > (name.startsWith('fars') ? 20 : 0), 'the file spreads over the sections it should');
    const r1 = await importDatasetFile(rt.ctx, file);
    assert.equal(r1.added, items.length);
    assert.deepEqual(await countsBySection(rt), expected);

    const r2 = await importDatasetFile(rt.ctx, file);
    assert.equal(r2.added, 0);
    assert.equal(r2.skipped, items.length);
    assert.deepEqual(await countsBySection(rt), expected);

    // News codes of a batch are sequential without gaps, and the next article follows on.
    const codes = (await rt.ctx.db.selectFrom('articles').select('code').orderBy('code').execute()).map((r) => Number(r.code));
    assert.deepEqual(codes, Array.from({ length: items.length }, (_, i) => 100001 + i));
    const next = await buildArticle(rt);
    assert.equal(next.code, 100001 + items.length);
    await rt.ctx.db.deleteFrom('articles').where('id', '=', next.id).execute();

    const published = await rt.ctx.db.selectFrom('articles').select(['status', 'publishedAt', 'title', 'sourceName']).execute();
    assert.ok(published.every((a) => a.status === 'published' && a.publishedAt! > 0));
    // Fars items are stored with Persian letters, not the Arabic yeh and kaf of the source.
    assert.ok(published.every((a) => !/[يك]/.test(a.title)), 'no Arabic yeh or kaf left in titles');
  });
}

test('publication times are deterministic: the same file imports with the same dates', { skip: NO_DATASETS }, async (t) => {
  const file = path.join(DATASETS_DIR!, 'varzesh3-2.json.gz');
  const times: number[][] = [];
  for (let i = 0; i < 2; i++) {
    const rt = await buildRuntime(t);
    await importDatasetFile(rt.ctx, file);
    const rows = await rt.ctx.db.selectFrom('articles').select(['publishedAt']).orderBy('id').execute();
    times.push(rows.map((r) => Number(r.publishedAt)));
  }
  assert.deepEqual(times[0], times[1]);
  assert.equal(new Set(times[0]).size, times[0]!.length, 'every item has its own time');
});

test('a file imported as a part of a larger one (importDatasetFiles with a startIndex) takes its items\' places in that timeline', async (t) => {
  const rt = await buildRuntime(t);
  const file = path.join(rt.testDb.dataDir, 'fars-news-9.json');
  const item = (i: number) => ({ title: `خبر ${i}`, abstract: 'لید', paragraphs: ['متن'], cat: 'politics', link: `https://example.test/part/${i}` });
  fs.writeFileSync(file, JSON.stringify([item(0), item(1)]));
  await importDatasetFiles(rt.ctx, [{ path: file, startIndex: 40 }]);
  const rows = await rt.ctx.db.selectFrom('articles').select(['publishedAt']).orderBy('id').execute();
  assert.deepEqual(
    rows.map((r) => Number(r.publishedAt)),
    [40, 41].map((i) => publicationTimeOf(i, 'fars-news-9.json', DEFAULT_ANCHOR).getTime()),
  );
});

test('the agency and dateline are read from the opening words', () => {
  const fars = agencyOf(
    { title: 't', abstract: 'خبرگزاري فارس: رئيس اداره گفت', paragraphs: ['به گزارش خبرگزاری فارس از قزوین به نقل از روابط عمومی'], link: 'x' },
    'fars-news-1.json.gz',
  );
  assert.deepEqual(fars, { sourceName: 'خبرگزاری فارس', dateline: 'قزوین', lead: 'رئيس اداره گفت' });
  const v3 = agencyOf({ title: 't', abstract: 'سرمربی گفت', paragraphs: ['به گزارش "ورزش سه"، تمرینات'], link: 'x' }, 'varzesh3-1.json.gz');
  assert.deepEqual(v3, { sourceName: 'ورزش سه', dateline: 'ورزش سه', lead: 'سرمربی گفت' });
});

test('a bad item fails the import with the item and field named, and nothing of the file is kept', async (t) => {
  const rt = await buildRuntime(t);
  const file = path.join(rt.testDb.dataDir, 'bad.json');
  fs.writeFileSync(file, JSON.stringify([
    { title: 'خبر درست', abstract: 'لید', paragraphs: ['متن'], tags: [], cat: 'politics', link: 'https://example.test/1' },
    { title: 'خبر دوم', abstract: 'لید', paragraphs: ['متن'], tags: 'not-an-array', cat: 'politics', link: 'https://example.test/2' },
  ]));
  await assert.rejects(importDatasetFile(rt.ctx, file), (e: ChaparError) => {
    assert.match(e.message, /bad\.json: item 2, field "tags"/);
    return true;
  });
  const n = await rt.ctx.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  assert.equal(Number(n.n), 0);

  fs.writeFileSync(file, '{ not json');
  await assert.rejects(importDatasetFile(rt.ctx, file), /bad\.json: not valid JSON/);
});

test('an item that fails validation deep in the save rolls back the whole file', async (t) => {
  const rt = await buildRuntime(t);
  const file = path.join(rt.testDb.dataDir, 'long.json');
  fs.writeFileSync(file, JSON.stringify([
    { title: 'خبر درست', abstract: 'لید', paragraphs: ['متن'], cat: 'politics', link: 'https://example.test/a' },
    { title: 'عنوان '.repeat(100), abstract: 'لید', paragraphs: ['متن'], cat: 'politics', link: 'https://example.test/b' },
  ]));
  await assert.rejects(importDatasetFile(rt.ctx, file), /long\.json: item 2: Invalid article: title/);
  const n = await rt.ctx.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  assert.equal(Number(n.n), 0);
});

test('preparing items in worker threads stores exactly what preparing them inline does', { skip: NO_DATASETS }, async (t) => {
  const file = path.join(DATASETS_DIR!, 'fars-news-3.json.gz');
  const snapshot = async (workers: boolean) => {
    const rt = await buildRuntime(t);
    const r = await importDatasetFile(rt.ctx, file, { workers });
    assert.ok(r.added > 0);
    const rows = await rt.ctx.db.selectFrom('articles').select(['code', 'title', 'kicker', 'lead', 'dateline', 'body', 'slug', 'sourceName', 'sectionId', 'publishedAt']).orderBy('code').execute();
    const tags = await rt.ctx.db.selectFrom('articleTags').innerJoin('tags', 'tags.id', 'articleTags.tagId').select(['articleTags.articleId', 'tags.name', 'tags.slug', 'articleTags.position']).orderBy('articleTags.articleId').orderBy('articleTags.position').execute();
    // The search index too: the worker computes the tokens, the writer stores them.
    const found: Array<number[]> = [];
    for (const q of ['ایران', 'مجلس', 'می‌شود', 'استان']) {
      const res = await rt.search!.search({ q, lang: 'fa', limit: 500, page: 1, sort: 'date' });
      found.push(res.items.map((h) => h.code));
    }
    return { rows, tags, found };
  };
  const inline = await snapshot(false);
  const pooled = await snapshot(true);
  assert.deepEqual(pooled, inline);
});
