/**
 * The search contract: the same tests against the implementation of the database under test
 * (SQLite FTS5 by default; PostgreSQL when CHAPAR_DATABASE_URL=postgres://…). Both must pass.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { buildArticle, buildPublishedArticle } from '../../test/helpers/factories.js';
import { buildRuntime, DATASETS_DIR, DIALECT, NO_DATASETS } from '../../test/helpers/runtime.js';
import { publishArticle } from '../content/articles/publish-article.js';
import { trashArticle } from '../content/articles/trash-article.js';
import { unpublishArticle } from '../content/articles/unpublish-article.js';
import { updateArticle } from '../content/articles/update-article.js';
import { deleteArticle } from '../content/articles/delete-article.js';
import { runInTransaction } from '../content/transaction.js';
import { getSectionBySlug } from '../content/sections/list-sections.js';
import { importDatasetFile } from '../ingest/import-dataset.js';
import { parseJalaliRange } from '../text/index.js';
import type { SearchIndex, SearchQuery } from './types.js';

const codes = async (s: SearchIndex, q: Partial<SearchQuery> & { q: string }) =>
  (await s.search({ lang: 'fa', limit: 50, page: 1, ...q })).items.map((h) => h.code);

test(`search contract (${DIALECT}): matching, phrases, exclusions, filters, order, snippets`, async (t) => {
  const rt = await buildRuntime(t);
  const s = rt.search!;
  assert.equal(s.kind, DIALECT);
  const day = (d: number) => new Date(Date.UTC(2026, 10, d, 8, 0, 0));
  const a1 = await buildPublishedArticle(rt, { title: 'افزایش قیمت نان در تهران', body: '<p>نانوایی‌های شهر تهران از امروز نان را گران‌تر می‌فروشند.</p>', tags: ['نان'], at: day(20) });
  const a2 = await buildPublishedArticle(rt, { title: 'بازار میوه پیش از یلدا', lead: 'قیمت انار و هندوانه در بازار تهران بالا رفت.', body: '<p>فروشندگان می‌گویند تقاضا زیاد است.</p>', tags: ['بازار'], at: day(25), section: 'economy' });
  const a3 = await buildPublishedArticle(rt, { title: 'نشست خبری سخنگوی دولت', body: '<p>سخنگو دربارهٔ قیمت بنزین و یارانه‌ها سخن گفت. او گفت قیمت نان ثابت می‌ماند.</p>', tags: ['دولت'], at: day(27) });
  const draft = await buildArticle(rt, { title: 'پیش‌نویس دربارهٔ قیمت نان', body: '<p>هنوز منتشر نشده.</p>' });
  const en = await buildPublishedArticle(rt, { lang: 'en', title: 'Bread prices rise in Tehran', body: '<p>Bakeries in Tehran raised prices.</p>', tags: ['bread'], at: day(26) });

  await t.test('finds words in every field and only published articles', async () => {
    assert.deepEqual(await codes(s, { q: 'یلدا' }), [a2.code]); // title
    assert.deepEqual(await codes(s, { q: 'هندوانه' }), [a2.code]); // lead
    assert.deepEqual(await codes(s, { q: 'بنزین' }), [a3.code]); // body
    assert.deepEqual(await codes(s, { q: 'روتیتر' }), (await codes(s, { q: 'روتیتر', sort: 'date' }))); // kicker: all three
    assert.equal((await codes(s, { q: 'روتیتر' })).length, 3);
    assert.deepEqual(await codes(s, { q: 'دولت' }), [a3.code]); // title + tag
    assert.deepEqual(await codes(s, { q: 'پیش‌نویس' }), []);
    assert.deepEqual(await codes(s, { q: 'پیش‌نویس', includeUnpublished: true }), [draft.code]);
  });

  await t.test('requires every word, reads "phrases" as adjacent words and drops -excluded ones', async () => {
    assert.deepEqual(new Set(await codes(s, { q: 'قیمت تهران' })), new Set([a1.code, a2.code]));
    assert.deepEqual(new Set(await codes(s, { q: '"قیمت نان"' })), new Set([a1.code, a3.code]));
    assert.deepEqual(await codes(s, { q: '«نان قیمت»' }), []);
    assert.deepEqual(await codes(s, { q: 'قیمت -بنزین' }).then((c) => new Set(c)), new Set([a1.code, a2.code]));
    assert.deepEqual(await codes(s, { q: 'قیمت -"بازار تهران"' }).then((c) => new Set(c)), new Set([a1.code, a3.code]));
  });

  await t.test('filters by edition, section, tag and date range', async () => {
    assert.deepEqual(await codes(s, { q: 'Tehran', lang: 'en' }), [en.code]);
    assert.deepEqual(await codes(s, { q: 'tehran', lang: 'fa' }), []);
    assert.deepEqual(await codes(s, { q: 'TEHRAN', lang: undefined }), [en.code]);
    const economy = await getSectionBySlug(rt.ctx, 'fa', 'economy');
    assert.deepEqual(await codes(s, { q: 'قیمت', sectionId: economy!.id }), [a2.code]);
    const tagId = a1.tags.find((x) => x.name === 'نان')!.id;
    assert.deepEqual(await codes(s, { q: 'قیمت', tagId }), [a1.code]);
    // 1405-09-01..1405-09-05 = 2026-11-22 .. 2026-11-26 (Tehran): a2 (25th) only
    const r = parseJalaliRange('1405-09-01..1405-09-05')!;
    assert.deepEqual(await codes(s, { q: 'قیمت', from: r.start, to: r.end }), [a2.code]);
    assert.deepEqual(await codes(s, { q: 'قیمت', from: day(26) }), [a3.code]);
    assert.deepEqual(await codes(s, { q: 'قیمت', to: day(21) }), [a1.code]);
  });

  await t.test('orders by date newest first, and by relevance with title matches first', async () => {
    assert.deepEqual(await codes(s, { q: 'قیمت', sort: 'date' }), [a3.code, a2.code, a1.code]);
    // «نان» is in a1's title and tags, only in a3's body: a1 first although a3 is newer
    assert.deepEqual(await codes(s, { q: 'نان' }), [a1.code, a3.code]);
    // «قیمت»: a1 in the title, a2 in the lead, a3 only in the body
    assert.deepEqual(await codes(s, { q: 'قیمت' }), [a1.code, a2.code, a3.code]);
    // the same field everywhere («روتیتر», the kicker): newest first
    assert.deepEqual(await codes(s, { q: 'روتیتر' }), [a3.code, a2.code, a1.code]);
  });

  await t.test('snippets mark whole words (ZWNJ kept inside), escape HTML and cut on word boundaries', async () => {
    const r = await s.search({ q: 'نانوايي هاي', lang: 'fa', limit: 5, page: 1 });
    assert.equal(r.items.length, 1);
    assert.match(r.items[0]!.snippet, /<mark>نانوایی‌های<\/mark>/);
    const r2 = await s.search({ q: 'نان', lang: 'fa', limit: 5, page: 1 });
    assert.match(r2.items[0]!.titleHtml, /<mark>نان<\/mark>/);
    const long = await buildPublishedArticle(rt, {
      title: 'گزارش بلند',
      lead: '',
      body: `<p>${'واژهٔ پرکننده '.repeat(60)}کلمهٔ کلیدی زعفران &lt;b&gt; اینجاست ${'و باز هم پرکننده '.repeat(60)}</p>`,
      at: day(1),
    });
    const r3 = await s.search({ q: 'زعفران', lang: 'fa', limit: 5, page: 1 });
    assert.deepEqual(r3.items.map((h) => h.code), [long.code]);
    const sn = r3.items[0]!.snippet;
    assert.match(sn, /^… /);
    assert.match(sn, / …$/);
    assert.match(sn, /<mark>زعفران<\/mark> &lt;b&gt;/);
    assert.ok(!/<b>/.test(sn));
    for (const w of sn.replace(/^… | …$/g, '').split(' ')) assert.ok(/^(<mark>)?[^\s]+$/.test(w));
  });

  await t.test('pages are disjoint and the total is exact', async () => {
    const all = await s.search({ q: 'قیمت', lang: 'fa', limit: 50, page: 1 });
    const p1 = await s.search({ q: 'قیمت', lang: 'fa', limit: 2, page: 1 });
    const p2 = await s.search({ q: 'قیمت', lang: 'fa', limit: 2, page: 2 });
    const p3 = await s.search({ q: 'قیمت', lang: 'fa', limit: 2, page: 3 });
    assert.equal(all.total, 3);
    assert.equal(p1.total, 3);
    assert.equal(all.totalExact, true);
    assert.deepEqual([...p1.items, ...p2.items].map((h) => h.code), all.items.map((h) => h.code));
    assert.equal(p3.items.length, 0);
  });

  await t.test('any query text is read as text, never an error', async () => {
    const bad = ['"', '"""', '*', 'NEAR', 'AND', 'OR', 'NOT', '(', ')', 'نان OR', 'NEAR(نان قیمت)', 'نان*', '^نان', '{title}:نان', 'title:نان', "'", '\\', '\u0000نان\u0007', '-', '--نان', '- نان', '-"', '«', 'نان "قیمت', 'x'.repeat(10_240), 'نان '.repeat(3000), '\ud800', ':*', '!', '&', '|', '<->'];
    for (const q of bad) {
      const r = await s.search({ q, lang: 'fa', limit: 10, page: 1 });
      assert.ok(Array.isArray(r.items), q.slice(0, 20));
    }
    assert.deepEqual(await codes(s, { q: 'NEAR(نان قیمت)' }).then((c) => new Set(c)), new Set(await codes(s, { q: 'near نان قیمت' })));
    assert.equal((await s.search({ q: '   ', lang: 'fa', limit: 10, page: 1 })).notice, 'empty_query');
    assert.equal((await s.search({ q: '"*" ()', lang: 'fa', limit: 10, page: 1 })).notice, 'no_terms');
    assert.equal((await s.search({ q: '-نان', lang: 'fa', limit: 10, page: 1 })).notice, 'only_excluded');
    assert.equal((await s.search({ q: 'نان '.repeat(3000), lang: 'fa', limit: 10, page: 1 })).truncated, true);
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: fc.constantFrom('"', '-', '*', '(', ')', ' ', 'N', 'E', 'A', 'R', 'نان', 'قیمت', '\u200c', ':', '^', '{', '}', "'", '\\', 'ي', '۱', 'AND', 'OR', 'NOT', '«', '»', '\u0000', '&', '|', '!', '<', '>') }), async (q) => {
        const r = await s.search({ q, lang: 'fa', limit: 5, page: 1 });
        assert.ok(r.total >= r.items.length);
      }),
      { numRuns: 150 },
    );
  });
});

test(`search index stays in step with content in the same transaction (${DIALECT})`, async (t) => {
  const rt = await buildRuntime(t);
  const s = rt.search!;
  const a = await buildPublishedArticle(rt, { title: 'خبر نخست دربارهٔ کویر', body: '<p>متن.</p>' });
  assert.deepEqual(await codes(s, { q: 'کویر' }), [a.code]);

  const u = await updateArticle(rt.ctx, a.id, a.version, { title: 'خبر نخست دربارهٔ جنگل' });
  assert.deepEqual(await codes(s, { q: 'کویر' }), []);
  assert.deepEqual(await codes(s, { q: 'جنگل' }), [a.code]);

  await assert.rejects(
    runInTransaction(rt.ctx, async (trx) => {
      await updateArticle({ ...rt.ctx, db: trx }, a.id, u.version, { title: 'خبر نخست دربارهٔ دریا' });
      throw new Error('rolled back');
    }),
  );
  assert.deepEqual(await codes(s, { q: 'دریا' }), [], 'a rolled-back write leaves the index as it was');
  assert.deepEqual(await codes(s, { q: 'جنگل' }), [a.code]);

  const un = await unpublishArticle(rt.ctx, a.id);
  assert.deepEqual(await codes(s, { q: 'جنگل' }), []);
  assert.deepEqual(await codes(s, { q: 'جنگل', includeUnpublished: true }), [a.code]);
  await publishArticle(rt.ctx, un.id);
  assert.deepEqual(await codes(s, { q: 'جنگل' }), [a.code]);

  await trashArticle(rt.ctx, a.id);
  assert.deepEqual(await codes(s, { q: 'جنگل' }), []);
  await deleteArticle(rt.ctx, a.id);
  assert.deepEqual(await codes(s, { q: 'جنگل', includeUnpublished: true }), []);

  const b = await buildPublishedArticle(rt, { title: 'خبری دیگر دربارهٔ کوه' });
  assert.equal(await s.reindex(), 1);
  assert.deepEqual(await codes(s, { q: 'کوه' }), [b.code]);
});

test(`a batch sync that names the same article twice keeps its last state (${DIALECT})`, async (t) => {
  const rt = await buildRuntime(t);
  const s = rt.search!;
  const a = await buildPublishedArticle(rt, { title: 'خبر دربارهٔ کویر' });
  const older = { ...a, title: 'خبر دربارهٔ جنگل' };
  const newer = { ...a, title: 'خبر دربارهٔ دریا' };
  await runInTransaction(rt.ctx, async (trx) => {
    for (const ix of rt.ctx.indexers) {
      if (ix.syncMany) await ix.syncMany(trx, [older, newer]);
      else for (const x of [older, newer]) await ix.sync(trx, x);
    }
  });
  assert.deepEqual(await codes(s, { q: 'دریا' }), [a.code]);
  assert.deepEqual(await codes(s, { q: 'جنگل' }), []);
  assert.deepEqual(await codes(s, { q: 'کویر' }), []);
});

// Real words from the Fars dataset (written there with Arabic yeh/kaf, spaces for ZWNJ…), each
// typed every way a reader might: all spellings must return exactly the same results.
const MATRIX: string[][] = [
  ['می‌شود', 'مي شود', 'ميشود', 'می شود', 'مي‌شود', 'میشود', 'مِی‌شَوَد'],
  ['آمریکا', 'آمريكا', 'امریکا', 'امريكا'],
  ['بین‌المللی', 'بين المللي', 'بینالمللی', 'بين‌المللي'],
  ['رئیس', 'رييس', 'رئيس', 'ریيس'],
  ['کشورها', 'كشور ها', 'کشور‌ها', 'كشورها'],
  ['گفت‌وگو', 'گفت و گو', 'گفتوگو', 'گفت‌و‌گو'],
  ['300 دفتر', '۳۰۰ دفتر', '٣٠٠ دفتر', '۳۰۰ دفتر'],
  ['قرآن', 'قران'],
  ['دانشگاه‌ها', 'دانشگاه ها', 'دانشگاهها', 'دانشگاه‌هـا'],
  ['"رئیس جمهور"', '"رييس جمهور"', '«رئيس جمهور»', '"رئيس  جمهور"'],
  ['اقتصادی -ایران', 'اقتصادي -ايران', 'اقتصادی -اِیران'],
  // ZWNJ, space or nothing between two words; hamza spellings; presentation forms
  ['رئیس‌جمهور', 'رئیس جمهور', 'رئیسجمهور', 'رئيس‌جمهور', 'رييس جمهور'],
  ['مسئولان', 'مسؤولان', 'مسوولان', 'مَسئولان'],
  ['هیئت', 'هیأت', 'هیات', 'هيئت'],
  ['مسئله', 'مسأله', 'مساله'],
  ['تأثیر', 'تاثیر', 'تأثير'],
  ['سؤال', 'سئوال', 'سوال'],
  ['کتاب', 'ﻛﺘﺎﺏ', 'كتاب'],
];

test(`every spelling of a query returns exactly the same results (${DIALECT})`, { skip: NO_DATASETS }, async (t) => {
  const rt = await buildRuntime(t);
  await importDatasetFile(rt.ctx, path.join(DATASETS_DIR!, 'fars-news-1.json.gz'));
  const s = rt.search!;
  for (const row of MATRIX) {
    const [first, ...rest] = row;
    for (const sort of ['relevance', 'date'] as const) {
      const want = await s.search({ q: first!, lang: 'fa', limit: 100, page: 1, sort });
      assert.ok(want.total > 0, `«${first}» finds something`);
      for (const q of rest) {
        const got = await s.search({ q, lang: 'fa', limit: 100, page: 1, sort });
        assert.equal(got.total, want.total, `«${q}» total = «${first}» total`);
        assert.deepEqual(got.items.map((h) => h.code), want.items.map((h) => h.code), `«${q}» ≡ «${first}» (${sort})`);
      }
    }
  }
  // the snippet marks the word however the article spelled it
  const r = await s.search({ q: 'می‌شود', lang: 'fa', limit: 100, page: 1 });
  assert.ok(r.items.some((h) => /<mark>می‌شود<\/mark>/.test(h.snippet)));
  assert.ok(r.items.every((h) => /<mark>/.test(h.snippet) || /<mark>/.test(h.titleHtml)), 'every hit shows where it matched');
});
