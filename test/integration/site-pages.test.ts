import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unpublishArticle } from '../../src/content/articles/unpublish-article.js';
import { buildArticle, buildPublishedArticle } from '../helpers/factories.js';
import { buildSiteFixture, HOUR, makeBreaking } from '../helpers/site-fixtures.js';
import { articleUrl, jsonLdOf } from '../helpers/site-html.js';

test('an article page shows kicker, headline, section, Jalali date, news code, lead with dateline, tools and metadata', async (t) => {
  const { app, main } = await buildSiteFixture(t);
  const res = await app.inject({ url: articleUrl(main) });
  assert.equal(res.statusCode, 200);
  const html = res.body;
  assert.match(html, /^<!DOCTYPE html><html lang="fa" dir="rtl">/);
  assert.match(html, /<p class="kick">معاون وزیر ارتباطات:<\/p>/);
  // Latin words and numbers inside the Persian headline are isolated.
  assert.match(html, /<h1>راه‌اندازی <bdi>۲۰۰<\/bdi> دفتر <bdi>ICT<\/bdi> روستایی در خوزستان<\/h1>/);
  assert.match(html, /<a href="\/fa\/section\/politics">سیاسی<\/a>/);
  // Published 06:30Z = 10:00 Tehran on Saturday 7 Azar 1405; the datetime attribute stays ISO with Latin digits.
  assert.match(html, /<time datetime="2026-11-28T06:30:00.000Z">شنبه ۷ آذر ۱۴۰۵ - ۱۰:۰۰<\/time>/);
  assert.match(html, new RegExp(`کد خبر: <bdi>${[...String(main.code)].map((d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]).join('')}</bdi>`));
  assert.match(html, /<span id="fs-label">بزرگنمایی<\/span>/);
  assert.equal((html.match(/data-fs="(up|down|reset)"/g) ?? []).length, 3);
  assert.match(html, /<p class="alead"><span class="dl">اهواز<\/span>- معاون وزیر/);
  assert.match(html, /منبع: <a href="https:\/\/www.farsnews.ir\/news\/1" rel="nofollow noopener">خبرگزاری فارس<\/a>/);
  assert.match(html, /<label for="short-link">لینک کوتاه<\/label><input id="short-link" type="text" readonly value="https:\/\/news.example.ir\/n\/\d+" dir="ltr"\/>/);
  assert.match(html, /data-copy="short-link"/);
  for (const host of ['t.me/share', 'wa.me', 'x.com/intent', 'eitaa.com/share', 'ble.ir/share', 'mailto:']) assert.ok(html.includes(host), `share link ${host}`);
  assert.match(html, /data-print/);
  assert.match(html, /rel="tag">بودجه<\/a>/);
  assert.match(html, /<nav class="crumbs" aria-label="مسیر صفحه">/);
  assert.match(html, /<aside class="rel box"/, 'related news (same tags)');
  assert.match(html, new RegExp(`<link rel="canonical" href="https://news.example.ir${articleUrl(main).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"/>`));
  assert.match(html, /<meta property="og:type" content="article"\/>/);
  assert.match(html, /<meta name="twitter:card" content="summary"\/>/);
  assert.match(html, /<link rel="alternate" type="application\/rss\+xml"[^>]+href="https:\/\/news.example.ir\/fa\/rss.xml"\/>/);
  // No request to any third-party host: every src/href loaded by the page is same-origin.
  for (const m of html.matchAll(/<(?:script|link|img)[^>]+(?:src|href)="([^"]+)"/g)) {
    const tag = m[0];
    if (/rel="(canonical|alternate|prev|next)"/.test(tag)) continue;
    assert.ok(m[1]!.startsWith('/'), `same-origin resource: ${m[1]}`);
  }
  const [ld, crumbs] = jsonLdOf(html);
  assert.equal(ld['@type'], 'NewsArticle');
  assert.equal(ld.headline, main.title);
  assert.equal(ld.datePublished, '2026-11-28T06:30:00.000Z');
  assert.match(String(ld.dateModified), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  assert.deepEqual((ld.author as Array<{ name: string }>).map((a) => a.name), ['مریم احمدی']);
  assert.equal((ld.publisher as { name: string }).name, 'چاپار');
  assert.ok(Array.isArray(ld.image) && (ld.image as string[])[0]!.startsWith('https://news.example.ir/'));
  assert.equal(ld.articleSection, 'سیاسی');
  assert.equal(crumbs['@type'], 'BreadcrumbList');
  assert.equal((crumbs.itemListElement as unknown[]).length, 3);
  assert.ok(Buffer.byteLength(html) <= 60 * 1024, `article HTML ${Buffer.byteLength(html)} bytes ≤ 60 KB`);
});

test('short links and slugless or wrong-slug URLs answer 301 to the canonical URL', async (t) => {
  const { app, main } = await buildSiteFixture(t, { count: 1 });
  const canonical = articleUrl(main);
  for (const url of [`/n/${main.code}`, `/fa/news/${main.code}`, `/fa/news/${main.code}/wrong-slug`, `/en/news/${main.code}/${encodeURIComponent(main.slug)}`]) {
    const res = await app.inject({ url });
    assert.equal(res.statusCode, 301, url);
    assert.equal(res.headers.location, canonical, url);
  }
  const root = await app.inject({ url: '/' });
  assert.equal(root.statusCode, 302);
  assert.equal(root.headers.location, '/fa/');
});

test('an unpublished article answers 410 and a never-published code 404, as pages in the edition language', async (t) => {
  const { rt, app, main } = await buildSiteFixture(t, { count: 1 });
  const draft = await buildArticle(rt, { title: 'پیش‌نویس' });
  await unpublishArticle(rt.ctx, main.id);
  const goneRes = await app.inject({ url: articleUrl(main) });
  assert.equal(goneRes.statusCode, 410);
  assert.match(goneRes.body, /<html lang="fa" dir="rtl">/);
  assert.match(goneRes.body, /این خبر دیگر در دسترس نیست/);
  assert.equal((await app.inject({ url: `/n/${main.code}` })).statusCode, 410);
  const nf = await app.inject({ url: `/fa/news/${draft.code}/x` });
  assert.equal(nf.statusCode, 404);
  assert.match(nf.body, /صفحه پیدا نشد/);
  const en = await app.inject({ url: '/en/no/such/page' });
  assert.equal(en.statusCode, 404);
  assert.match(en.body, /<html lang="en" dir="ltr">/);
  assert.match(en.body, /Page not found/);
  const api = await app.inject({ url: '/api/v1/nothing-here' });
  assert.equal(api.statusCode, 404);
  assert.equal(api.json().error.code, 'CHAPAR_HTTP_NOT_FOUND');
});

test('the home page shows the top story, a live breaking ticker, latest news and section blocks', async (t) => {
  const { rt, app, main, others } = await buildSiteFixture(t);
  let html = (await app.inject({ url: '/fa/' })).body;
  assert.doesNotMatch(html, /class="tick"/, 'no ticker without breaking news');
  await makeBreaking(rt, others[0]!, new Date(rt.clock.now().getTime() + HOUR));
  await makeBreaking(rt, others[1]!, new Date(rt.clock.now().getTime() - HOUR)); // expired
  html = (await app.inject({ url: '/fa/' })).body;
  assert.match(html, /<h2 id="top-h" class="kick">تیتر یک<\/h2>/);
  const top = html.slice(html.indexOf('id="top-h"'), html.indexOf('id="latest-h"'));
  assert.ok(top.includes(main.title.split(' ')[0]!) && top.includes('<bdi>ICT</bdi>'), 'top story is the marked article');
  const ticker = html.slice(html.indexOf('class="tick"'), html.indexOf('<main'));
  assert.match(ticker, /<strong id="tick-h">فوری<\/strong>/);
  assert.ok(ticker.includes(`/fa/news/${others[0]!.code}/`), 'live breaking item shown');
  assert.ok(!ticker.includes(`/fa/news/${others[1]!.code}/`), 'expired breaking item hidden');
  assert.match(html, /آخرین اخبار/);
  assert.match(html, /<h2 id="s-\d+"><a href="\/fa\/section\/politics">سیاسی<\/a><\/h2>/);
  assert.match(html, /<h2 id="s-\d+"><a href="\/fa\/section\/economy">اقتصادی<\/a><\/h2>/);
  assert.match(html, /پربازدیدترین‌های امروز/);
  assert.match(html, /hreflang="x-default"/);
});

test('section pages paginate by keyset cursor: older and newer links walk the list without gaps or repeats', async (t) => {
  const { rt, app } = await buildSiteFixture(t, { count: 0 });
  const { buildPublishedArticle } = await import('../helpers/factories.js');
  const now = rt.clock.now().getTime();
  const codes: number[] = [];
  for (let i = 0; i < 45; i++) codes.push((await buildPublishedArticle(rt, { section: 'economy', title: `اقتصاد ${i}`, at: new Date(now - (i + 1) * 60_000) })).code);
  const seen: number[] = [];
  let url: string | undefined = '/fa/section/economy';
  const pages: string[] = [];
  while (url) {
    const res: { statusCode: number; body: string } = await app.inject({ url });
    assert.equal(res.statusCode, 200, url);
    pages.push(url);
    seen.push(...[...res.body.matchAll(/<h2>(?:<span class="kick">[^<]*<\/span>)?<a href="\/fa\/news\/(\d+)\//g)].map((m) => Number(m[1])));
    url = res.body.match(/<a href="([^"]+)" rel="next">/)?.[1]?.replace(/&amp;/g, '&');
  }
  assert.deepEqual(seen, codes, 'every article once, newest first');
  assert.equal(pages.length, 3);
  assert.match(pages[2]!, /^\/fa\/section\/economy\?page=3&before=\d+\.\d+$/);
  // Back from page 3 to page 2 via the "newer" link gives the same page 2.
  const p3 = (await app.inject({ url: pages[2]! })).body;
  const newer = p3.match(/<a href="([^"]+)" rel="prev">/)![1]!.replace(/&amp;/g, '&');
  assert.equal(newer, pages[1]);
  // A hand-typed ?page=2 shows the same items as the linked page 2.
  const typed = (await app.inject({ url: '/fa/section/economy?page=2' })).body;
  const items = (b: string) => [...b.matchAll(/<h2>(?:<span class="kick">[^<]*<\/span>)?<a href="\/fa\/news\/(\d+)\//g)].map((m) => m[1]);
  assert.deepEqual(items(typed), items((await app.inject({ url: pages[1]! })).body));
  assert.equal((await app.inject({ url: '/fa/section/economy?page=9' })).statusCode, 404);
  assert.equal((await app.inject({ url: '/fa/section/economy?page=abc' })).statusCode, 404);
  assert.equal((await app.inject({ url: '/fa/section/nope' })).statusCode, 404);
});

test('tag, author and Jalali archive pages list their articles', async (t) => {
  const { app, main } = await buildSiteFixture(t);
  const tag = await app.inject({ url: `/fa/tag/${encodeURIComponent('فناوری')}` });
  assert.equal(tag.statusCode, 200);
  assert.match(tag.body, /برچسب: فناوری/);
  assert.ok(tag.body.includes(`/fa/news/${main.code}/`));
  const author = await app.inject({ url: `/fa/author/${encodeURIComponent(main.authors[0]!.slug)}` });
  assert.equal(author.statusCode, 200);
  assert.ok(author.body.includes(`/fa/news/${main.code}/`));
  // 06:30Z on 28 Nov 2026 is 7 Azar 1405 in Tehran; the fixture's older articles fall on the same day or 6 Azar.
  const day = await app.inject({ url: '/fa/archive/1405-09-07' });
  assert.equal(day.statusCode, 200);
  assert.match(day.body, /آرشیو اخبار ۷ آذر ۱۴۰۵/);
  assert.ok(day.body.includes(`/fa/news/${main.code}/`));
  const other = await app.inject({ url: '/fa/archive/1405-09-01' });
  assert.ok(!other.body.includes(`/fa/news/${main.code}/`));
  // Persian digits in the URL redirect to the Latin-digit canonical form.
  const pd = await app.inject({ url: `/fa/archive/${encodeURIComponent('۱۴۰۵-۰۹-۰۷')}` });
  assert.equal(pd.statusCode, 301);
  assert.equal(pd.headers.location, '/fa/archive/1405-09-07');
  assert.equal((await app.inject({ url: '/fa/archive/1405-13-40' })).statusCode, 404);
});

test('the featured image renders with caption, responsive srcset per format, and is served from /media', async (t) => {
  const { rt, app } = await buildSiteFixture(t, { count: 0 });
  const fs = await import('node:fs');
  const path = await import('node:path');
  const { buildPublishedArticle } = await import('../helpers/factories.js');
  const variants = [
    { width: 480, height: 270, format: 'webp', key: 'a1/photo-480.webp', bytes: 1000 },
    { width: 960, height: 540, format: 'webp', key: 'a1/photo-960.webp', bytes: 2000 },
    { width: 480, height: 270, format: 'jpeg', key: 'a1/photo-480.jpg', bytes: 1500 },
    { width: 960, height: 540, format: 'jpeg', key: 'a1/photo-960.jpg', bytes: 3000 },
  ];
  const media = await rt.ctx.db
    .insertInto('media')
    .values({ kind: 'image', originalName: 'photo.jpg', storageKey: 'a1/photo.jpg', mime: 'image/jpeg', width: 1920, height: 1080, bytes: 9000, alt: 'نمای شهر اهواز', caption: 'اهواز', credit: 'عکس: فارس', variants: JSON.stringify(variants), createdAt: Date.now(), createdBy: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const a = await buildPublishedArticle(rt, { title: 'خبر با عکس', featuredImageId: media.id, featuredImageCaption: 'پل سفید اهواز در شب' });
  const html = (await app.inject({ url: articleUrl(a) })).body;
  assert.match(html, /<picture><source type="image\/webp" srcset="\/media\/a1\/photo-480.webp 480w, \/media\/a1\/photo-960.webp 960w" sizes="[^"]+"\/><img src="\/media\/a1\/photo-960.jpg" srcset="\/media\/a1\/photo-480.jpg 480w, \/media\/a1\/photo-960.jpg 960w" sizes="[^"]+" width="960" height="540" alt="نمای شهر اهواز"/);
  assert.match(html, /<figcaption>پل سفید اهواز در شب \(عکس: فارس\)<\/figcaption>/);
  assert.match(html, /<meta property="og:image" content="https:\/\/news.example.ir\/media\/a1\/photo-960.jpg"\/>/);
  assert.match(html, /<link rel="preload" as="image" href="\/media\/a1\/photo-960.jpg"/);
  const [ld] = jsonLdOf(html);
  assert.deepEqual(ld!.image, ['https://news.example.ir/media/a1/photo-960.jpg']);
  // The file itself comes from CHAPAR_DATA_DIR/media.
  const file = path.join(rt.config.dataDir, 'media/a1/photo-960.jpg');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, Buffer.from([0xff, 0xd8, 0xff, 0xd9]));
  const res = await app.inject({ url: '/media/a1/photo-960.jpg' });
  assert.equal(res.statusCode, 200);
  assert.equal(res.headers['content-type'], 'image/jpeg');
  assert.match(String(res.headers['cache-control']), /immutable/);
  assert.equal((await app.inject({ url: '/media/../chapar.db' })).statusCode, 404);
});

test('markup in titles, kickers, tags, authors and sources is shown as text on the article page', async (t) => {
  const { rt, app } = await buildSiteFixture(t, { count: 1 });
  const evil = '<script>alert("x")</script>';
  const a = await buildPublishedArticle(rt, {
    section: 'politics',
    kicker: `روتیتر "${evil}"`,
    title: `تیتر ${evil} & «خبر»`,
    lead: `لید ${evil}`,
    dateline: `تهران ${evil}`,
    sourceName: `منبع ${evil}`,
    sourceUrl: 'https://example.ir/"onmouseover="x',
    tags: [`برچسب ${evil}`],
    authors: [`نویسنده ${evil}`],
  });
  const res = await app.inject({ url: articleUrl(a) });
  assert.equal(res.statusCode, 200);
  assert.ok(!res.body.includes('<script>alert'), 'no markup from the content');
  assert.ok(!res.body.includes('"onmouseover="'), 'attribute values cannot be closed');
  assert.match(res.body, /<title>تیتر &lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; «خبر»/);
  const [ld] = jsonLdOf(res.body);
  assert.equal(ld!.headline, a.title);
});
