import assert from 'node:assert/strict';
import { test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { buildSiteFixture } from '../helpers/site-fixtures.js';
import { articleUrl } from '../helpers/site-html.js';

const parser = new Parser();

test('RSS 2.0, Atom and JSON Feed parse with a real parser and carry ISO/Latin-digit dates', async (t) => {
  const { app, main } = await buildSiteFixture(t, { count: 3 });
  const rss = await app.inject({ url: '/fa/rss.xml' });
  assert.equal(rss.statusCode, 200);
  assert.match(String(rss.headers['content-type']), /^application\/rss\+xml/);
  const feed = await parser.parseString(rss.body);
  assert.equal(feed.items.length, 4);
  const first = feed.items[0]!;
  assert.equal(first.link, `https://news.example.ir${articleUrl(main)}`);
  // Plain-text titles isolate Latin runs with FSI…PDI; HTML content with <bdi>.
  assert.equal(first.title, 'راه‌اندازی ۲۰۰ دفتر \u2068ICT\u2069 روستایی در خوزستان');
  assert.match(first.content ?? '', /<bdi>ICT<\/bdi>/);
  assert.equal(first.isoDate, '2026-11-28T06:30:00.000Z');
  assert.match(rss.body, /<pubDate>Sat, 28 Nov 2026 06:30:00 GMT<\/pubDate>/);
  assert.doesNotMatch(rss.body, /[۰-۹]{2}:[۰-۹]{2}/, 'no Persian digits in machine dates');

  const atom = await app.inject({ url: '/fa/atom.xml' });
  const af = await parser.parseString(atom.body);
  assert.equal(af.items.length, 4);
  assert.match(atom.body, /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
  assert.match(atom.body, /<updated>\d{4}-\d{2}-\d{2}T/);

  const json = await app.inject({ url: '/fa/feed.json' });
  const jf = JSON.parse(json.body) as { version: string; items: Array<{ url: string; date_published: string }>; language?: string };
  assert.match(jf.version, /jsonfeed.org\/version\/1/);
  assert.equal(jf.items[0]!.url, `https://news.example.ir${articleUrl(main)}`);
  assert.equal(jf.items[0]!.date_published, '2026-11-28T06:30:00.000Z');

  const sec = await app.inject({ url: '/fa/section/economy/rss.xml' });
  const sf = await parser.parseString(sec.body);
  assert.ok(sf.items.length > 0 && sf.items.every((i) => !i.link!.includes(String(main.code))), 'only the section’s articles');
  assert.equal((await app.inject({ url: '/fa/section/nope/rss.xml' })).statusCode, 404);

  const page = (await app.inject({ url: '/fa/' })).body;
  assert.match(page, /<link rel="alternate" type="application\/atom\+xml"/);
  assert.match(page, /<link rel="alternate" type="application\/feed\+json"/);
});

test('sitemaps are valid XML with the right namespaces; the news sitemap holds the last 48 hours', async (t) => {
  const { app, main, rt } = await buildSiteFixture(t, { count: 2 });
  const { buildPublishedArticle } = await import('../helpers/factories.js');
  const old = await buildPublishedArticle(rt, { title: 'خبر قدیمی', at: new Date(rt.clock.now().getTime() - 5 * 86_400_000) });
  const xml = new XMLParser({ ignoreAttributes: false });

  const index = await app.inject({ url: '/sitemap.xml' });
  assert.equal(XMLValidator.validate(index.body), true);
  const idx = xml.parse(index.body);
  assert.equal(idx.sitemapindex['@_xmlns'], 'http://www.sitemaps.org/schemas/sitemap/0.9');
  const locs = [idx.sitemapindex.sitemap].flat().map((s: { loc: string }) => s.loc);
  assert.deepEqual(locs, ['https://news.example.ir/sitemaps/pages.xml', 'https://news.example.ir/sitemaps/articles-0.xml']);

  const arts = await app.inject({ url: '/sitemaps/articles-0.xml' });
  assert.equal(XMLValidator.validate(arts.body), true);
  const urls = [xml.parse(arts.body).urlset.url].flat() as Array<{ loc: string; lastmod: string }>;
  assert.equal(urls.length, 4);
  assert.ok(urls.some((u) => u.loc === `https://news.example.ir${articleUrl(main)}`));
  assert.ok(urls.every((u) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(u.lastmod)));
  assert.equal((await app.inject({ url: '/sitemaps/articles-7.xml' })).statusCode, 404);

  const pages = await app.inject({ url: '/sitemaps/pages.xml' });
  assert.equal(XMLValidator.validate(pages.body), true);
  assert.match(pages.body, /xmlns:xhtml="http:\/\/www.w3.org\/1999\/xhtml"/);

  const news = await app.inject({ url: '/news-sitemap.xml' });
  assert.equal(XMLValidator.validate(news.body), true);
  const n = xml.parse(news.body).urlset;
  assert.equal(n['@_xmlns:news'], 'http://www.google.com/schemas/sitemap-news/0.9');
  const items = [n.url].flat() as Array<{ loc: string; 'news:news': { 'news:publication_date': string; 'news:publication': { 'news:language': string } } }>;
  assert.equal(items.length, 3, 'the 5-day-old article is left out');
  assert.ok(!items.some((i) => i.loc.includes(`/${old.code}/`)));
  assert.equal(items[0]!['news:news']['news:publication']['news:language'], 'fa');
  assert.equal(items[0]!['news:news']['news:publication_date'], '2026-11-28T06:30:00.000Z');

  const robots = await app.inject({ url: '/robots.txt' });
  assert.match(robots.body, /^User-agent: \*$/m);
  assert.match(robots.body, /^Sitemap: https:\/\/news.example.ir\/sitemap.xml$/m);
});
