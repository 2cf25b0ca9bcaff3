import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildArticle, buildPublishedArticle } from '../helpers/factories.js';
import { buildTestApp, DIALECT } from '../helpers/runtime.js';

const at = (d: number) => new Date(Date.UTC(2026, 10, d, 8, 0, 0));

test(`GET /api/v1/search answers published articles with urls and snippets (${DIALECT})`, async (t) => {
  const { rt, app } = await buildTestApp(t, { env: { CHAPAR_PUBLIC_URL: 'https://news.example' } });
  const a = await buildPublishedArticle(rt, { title: 'افزایش قیمت نان در تهران', body: '<p>قیمت هر نان از امروز بالا رفت.</p>', at: at(20) });
  await buildArticle(rt, { title: 'پیش‌نویس قیمت نان' });
  const res = await app.inject({ url: `/api/v1/search?q=${encodeURIComponent('قيمت نان')}&lang=fa` });
  assert.equal(res.statusCode, 200);
  assert.match(res.headers['content-type'] as string, /application\/json/);
  const body = res.json();
  assert.equal(body.total, 1);
  assert.equal(body.totalExact, true);
  assert.deepEqual(Object.keys(body.items[0]).sort(), ['code', 'publishedAt', 'snippet', 'title', 'url']);
  assert.equal(body.items[0].code, a.code);
  assert.equal(body.items[0].url, `https://news.example/fa/news/${a.code}/${encodeURIComponent(a.slug)}`);
  assert.equal(body.items[0].publishedAt, at(20).toISOString());
  assert.match(body.items[0].snippet, /<mark>/);
});

test(`GET /api/v1/search paginates, sorts and filters by Jalali dates (${DIALECT})`, async (t) => {
  const { rt, app } = await buildTestApp(t);
  const made = [];
  for (let d = 1; d <= 7; d++) made.push(await buildPublishedArticle(rt, { title: `گزارش شماره ${d} دربارهٔ باران`, at: at(d + 20) }));
  const get = async (qs: string) => (await app.inject({ url: `/api/v1/search?q=${encodeURIComponent('باران')}&${qs}` })).json();
  const p1 = await get('limit=3&page=1&sort=date');
  const p3 = await get('limit=3&page=3&sort=date');
  assert.equal(p1.total, 7);
  assert.deepEqual(p1.items.map((i: { code: number }) => i.code), made.slice(4).reverse().map((a) => a.code));
  assert.deepEqual(p3.items.map((i: { code: number }) => i.code), [made[0]!.code]);
  // 1405-09-01..1405-09-03 = 2026-11-22..24 Tehran: articles of the 22nd, 23rd and 24th
  const r = await get(`date=${encodeURIComponent('۱۴۰۵-۰۹-۰۱..۱۴۰۵-۰۹-۰۳')}&sort=date`);
  assert.deepEqual(r.items.map((i: { code: number }) => i.code), [made[3]!.code, made[2]!.code, made[1]!.code]);
  assert.equal((await get('limit=500')).items.length, 7);
  assert.equal((await get('section=politics')).total, 7);
  assert.equal((await get('section=sports')).total, 0);
  assert.equal((await get('section=no-such-section')).total, 0);
  assert.equal((await get('tag=' + encodeURIComponent('آزمایش'))).total, 7);
});

test(`GET /api/v1/search explains bad input in JSON and never fails with 500 (${DIALECT})`, async (t) => {
  const { app } = await buildTestApp(t);
  const get = (qs: string) => app.inject({ url: `/api/v1/search?${qs}` });
  for (const [qs, field] of [
    ['q=', 'q'],
    ['', 'q'],
    ['q=%20%09', 'q'],
    ['q=x&limit=501', 'limit'],
    ['q=x&limit=0', 'limit'],
    ['q=x&limit=abc', 'limit'],
    ['q=x&page=0', 'page'],
    ['q=x&lang=de', 'lang'],
    ['q=x&sort=best', 'sort'],
    ['q=x&date=1405-13-01', 'date'],
  ] as const) {
    const res = await get(qs);
    assert.equal(res.statusCode, 400, qs);
    const body = res.json();
    assert.match(body.error.code, /^CHAPAR_SEARCH_/);
    assert.equal(body.error.fields[0].field, field);
    assert.ok(body.error.fields[0].message.length > 0 && !body.error.fields[0].message.startsWith('search.'), 'a translated message');
  }
  const en = (await get('q=&lang=en')).json();
  assert.equal(en.error.fields[0].message, 'Type something to search for.');

  const nasty = ['"', '*', 'NEAR(a b)', 'a AND OR NOT b', '((', '"unbalanced', '%00%01%1F', 'x'.repeat(10_240), '{title}:x', "'; drop table articles; --", '%E2%80%8C', '-', '-x', '\\'];
  for (const q of nasty) {
    const res = await get(`q=${q.startsWith('%') ? q : encodeURIComponent(q)}`);
    assert.ok(res.statusCode === 200 || res.statusCode === 400, `${q.slice(0, 20)} → ${res.statusCode}`);
    if (res.statusCode === 200) assert.ok(Array.isArray(res.json().items));
  }
  const noTerms = (await get(`q=${encodeURIComponent('"*" ()')}`)).json();
  assert.equal(noTerms.notice, 'no_terms');
  assert.ok(noTerms.message.length > 0);
  assert.equal((await get('q=a&q=b')).statusCode, 200);
});
