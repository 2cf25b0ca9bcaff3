import assert from 'node:assert/strict';
import { test } from 'node:test';
import { publishArticle } from '../../src/content/articles/publish-article.js';
import { unpublishArticle } from '../../src/content/articles/unpublish-article.js';
import { updateArticle } from '../../src/content/articles/update-article.js';
import { buildArticle } from '../helpers/factories.js';
import { buildSiteFixture, siteOf } from '../helpers/site-fixtures.js';
import { articleUrl } from '../helpers/site-html.js';

test('a cached page is served with the same bytes and ETag, and 304 on If-None-Match', async (t) => {
  const { rt, app, main } = await buildSiteFixture(t, { count: 2 });
  const url = articleUrl(main);
  const first = await app.inject({ url });
  assert.equal(first.statusCode, 200);
  const etag = first.headers.etag as string;
  assert.match(etag, /^"[\w-]+"$/);
  assert.match(String(first.headers['cache-control']), /^public, max-age=\d+, stale-while-revalidate=\d+/);
  assert.ok(siteOf(rt).cache!.tagsOf(url)!.includes(`article:${main.id}`));
  const second = await app.inject({ url });
  assert.equal(second.body, first.body);
  assert.equal(second.headers.etag, etag);
  assert.equal(second.headers['content-length'], String(Buffer.byteLength(first.body)));
  const nm = await app.inject({ url, headers: { 'if-none-match': etag } });
  assert.equal(nm.statusCode, 304);
  assert.equal(nm.body, '');
  const head = await app.inject({ url, method: 'HEAD' });
  assert.equal(head.statusCode, 200);
  assert.equal(head.body, '');
});

test('publishing, updating and unpublishing drop exactly the cached pages that show the article', async (t) => {
  const { rt, app, main, others } = await buildSiteFixture(t, { count: 6 });
  const cache = siteOf(rt).cache!;
  const mainUrl = articleUrl(main);
  // Economy, tagged «مجلس»: its related list never shows the main article.
  const other = others[5]!;
  const otherUrl = articleUrl(other);
  const urls = [mainUrl, otherUrl, '/fa/', '/fa/section/politics', '/fa/section/economy', '/fa/rss.xml', '/en/'];
  const warm = async () => {
    for (const u of urls) assert.equal((await app.inject({ url: u })).statusCode, 200, u);
  };
  await warm();
  assert.equal(cache.size, urls.length);

  // An edit of the main article: its page, the home and feed of fa, and its section.
  const edited = await updateArticle(rt.ctx, main.id, main.version, { title: 'تیتر تازهٔ خبر اصلی' });
  for (const u of [mainUrl, '/fa/', '/fa/rss.xml', '/fa/section/politics']) assert.equal(cache.get(u), undefined, `${u} dropped`);
  for (const u of [otherUrl, '/fa/section/economy', '/en/']) assert.ok(cache.get(u), `${u} kept`);
  const fresh = await app.inject({ url: articleUrl(edited) });
  assert.match(fresh.body, /تیتر تازهٔ خبر اصلی/);

  // Publishing a new economy article drops the economy list but not the other article page.
  await warm();
  const draft = await buildArticle(rt, { section: 'economy', title: 'خبر تازهٔ اقتصادی' });
  assert.ok(cache.get('/fa/section/economy'), 'creating a draft drops nothing');
  await publishArticle(rt.ctx, draft.id);
  assert.equal(cache.get('/fa/section/economy'), undefined);
  assert.ok(cache.get(otherUrl));
  assert.match((await app.inject({ url: '/fa/section/economy' })).body, /خبر تازهٔ اقتصادی/);

  // Unpublishing: the page answers 410 at once.
  await app.inject({ url: articleUrl(edited) });
  await unpublishArticle(rt.ctx, main.id);
  assert.equal((await app.inject({ url: articleUrl(edited) })).statusCode, 410);

  // Another process can invalidate by tags (e.g. relayed through Redis).
  await app.inject({ url: otherUrl });
  assert.ok(cache.get(otherUrl));
  assert.equal(siteOf(rt).invalidate([`article:${other.id}`]) >= 1, true);
  assert.equal(cache.get(otherUrl), undefined);
});

test('related pages are dropped when an article they list changes', async (t) => {
  const { rt, app, main, others } = await buildSiteFixture(t, { count: 3 });
  const url = articleUrl(others[0]!);
  const page = await app.inject({ url });
  assert.ok(page.body.includes(`/fa/news/${main.code}/`), 'the main article is listed as related');
  await updateArticle(rt.ctx, main.id, main.version, { title: 'عنوان دیگر' });
  assert.equal(siteOf(rt).cache!.get(url), undefined);
});

test('with CHAPAR_PAGE_CACHE=0 nothing is cached but ETag and 304 still work', async (t) => {
  const { rt, app, main } = await buildSiteFixture(t, { count: 1, env: { CHAPAR_PAGE_CACHE: '0' } });
  assert.equal(siteOf(rt).cache, null);
  const url = articleUrl(main);
  const a = await app.inject({ url });
  const nm = await app.inject({ url, headers: { 'if-none-match': a.headers.etag as string } });
  assert.equal(nm.statusCode, 304);
  const edited = await updateArticle(rt.ctx, main.id, main.version, { lead: 'لید تازه' });
  assert.match((await app.inject({ url })).body, /لید تازه/);
  // The stored body is kept as bytes per loaded article: an edit of the body alone shows at
  // once, with a new ETag, and the old validator no longer answers 304.
  const b = await app.inject({ url });
  await updateArticle(rt.ctx, main.id, edited.version, { body: '<p>متن تازهٔ خبر</p>' });
  const c = await app.inject({ url });
  assert.match(c.body, /<div class="body"><p>متن تازهٔ خبر<\/p><\/div>/);
  assert.notEqual(c.headers.etag, b.headers.etag);
  assert.equal((await app.inject({ url, headers: { 'if-none-match': b.headers.etag as string } })).statusCode, 200);
});

test('views are counted by a beacon, buffered and flushed in one batch to the totals and the daily table', async (t) => {
  const { rt, app, main, others } = await buildSiteFixture(t, { count: 2 });
  const url = articleUrl(main);
  const before = (await app.inject({ url })).body;
  for (let i = 0; i < 3; i++) {
    const r = await app.inject({ method: 'POST', url: `/api/v1/articles/${main.code}/views` });
    assert.equal(r.statusCode, 200);
    assert.equal(r.json().views, i + 1);
  }
  await app.inject({ method: 'POST', url: `/api/v1/articles/${others[0]!.code}/views` });
  assert.equal((await app.inject({ method: 'POST', url: '/api/v1/articles/999999/views' })).statusCode, 404);
  // Counting does not touch the cached page.
  assert.equal((await app.inject({ url })).body, before);
  await siteOf(rt).views.flush();
  const row = await rt.ctx.db.selectFrom('articles').select('viewCount').where('id', '=', main.id).executeTakeFirstOrThrow();
  assert.equal(Number(row.viewCount), 3);
  const daily = await rt.ctx.db.selectFrom('articleDailyViews').selectAll().where('articleId', '=', main.id).execute();
  assert.equal(daily.length, 1);
  assert.equal(Number(daily[0]!.views), 3);
  assert.equal(Number(daily[0]!.day) % 86_400_000, 0, 'day is a UTC midnight');
  // A second flush adds to the same day's row.
  await app.inject({ method: 'POST', url: `/api/v1/articles/${main.code}/views` });
  await siteOf(rt).views.flush();
  const daily2 = await rt.ctx.db.selectFrom('articleDailyViews').select('views').where('articleId', '=', main.id).executeTakeFirstOrThrow();
  assert.equal(Number(daily2.views), 4);
  // Most viewed today lists the main article first.
  siteOf(rt).cache!.clear();
  const home = (await app.inject({ url: '/fa/' })).body;
  const block = home.slice(home.indexOf('id="mv-day-h"'), home.indexOf('id="mv-week-h"'));
  const first = block.match(/href="\/fa\/news\/(\d+)\//)?.[1];
  assert.equal(Number(first), main.code);
});

test('with the page cache off, pages come from the object cache and still change with the content at once', async (t) => {
  const { rt, app, main, others } = await buildSiteFixture(t, { count: 6, env: { CHAPAR_PAGE_CACHE: '0' } });
  const site = siteOf(rt);
  assert.equal(site.cache, null);
  const objects = site.objects;
  const urls = [articleUrl(main), '/fa/', '/fa/section/politics', `/fa/tag/${main.tags[0]!.slug}`];
  for (const u of urls) assert.equal((await app.inject({ url: u })).statusCode, 200, u);
  const kept = objects.size;
  assert.ok(kept >= urls.length, `${kept} objects kept`);
  // Rendered anew each time (no page cache), from the kept data: no new objects; the same
  // bytes and ETag each time, 304 on If-None-Match, and HEAD without a body.
  const first = await app.inject({ url: articleUrl(main) });
  const again = await app.inject({ url: articleUrl(main) });
  assert.equal(again.statusCode, 200);
  assert.equal(objects.size, kept);
  assert.equal(again.body, first.body);
  assert.equal(again.headers.etag, first.headers.etag);
  assert.equal(again.headers['content-length'], String(Buffer.byteLength(first.body)));
  assert.equal((await app.inject({ url: articleUrl(main), headers: { 'if-none-match': String(first.headers.etag) } })).statusCode, 304);
  const head = await app.inject({ url: articleUrl(main), method: 'HEAD' });
  assert.equal(head.statusCode, 200);
  assert.equal(head.body, '');
  assert.equal(head.headers['content-length'], String(Buffer.byteLength(first.body)));
  assert.ok(objects.tagsOf(`article:${main.code}`)!.includes(`article:${main.id}`));

  // An edit drops what showed the article; the next render shows the new title everywhere.
  const edited = await updateArticle(rt.ctx, main.id, main.version, { title: 'تیتر ویرایش‌شدهٔ خبر اصلی' });
  assert.equal(objects.tagsOf(`article:${main.code}`), undefined);
  for (const u of [articleUrl(edited), '/fa/', '/fa/section/politics', `/fa/tag/${main.tags[0]!.slug}`]) {
    assert.match((await app.inject({ url: u })).body, /تیتر ویرایش‌شدهٔ خبر اصلی/, u);
  }
  // Unpublishing answers 410 at once; an unrelated article keeps its data (economy, tagged
  // «مجلس»: its related list never shows the main article).
  const other = others[5]!;
  await app.inject({ url: articleUrl(other) });
  await unpublishArticle(rt.ctx, main.id);
  assert.equal((await app.inject({ url: articleUrl(edited) })).statusCode, 410);
  assert.ok(objects.tagsOf(`article:${other.code}`));
});

test('CHAPAR_OBJECT_CACHE=0 keeps nothing', async (t) => {
  const { rt, app, main } = await buildSiteFixture(t, { count: 2, env: { CHAPAR_PAGE_CACHE: '0', CHAPAR_OBJECT_CACHE: '0' } });
  for (const u of [articleUrl(main), '/fa/', '/fa/section/politics']) assert.equal((await app.inject({ url: u })).statusCode, 200, u);
  assert.equal(siteOf(rt).objects.size, 0);
});
