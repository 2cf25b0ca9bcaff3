import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Site } from '../site.js';
import { breadcrumbLd, jsonForScript, newsArticleLd, type NewsArticleLd } from './structured-data.js';

test('JSON-LD can never close its <script> or break a line in old parsers', () => {
  const s = jsonForScript({ headline: 'خبر </script><script>alert(1)</script>', x: 'a\u2028b\u2029c' });
  assert.ok(!s.includes('<'));
  assert.ok(!s.includes('\u2028') && !s.includes('\u2029'));
  assert.deepEqual(JSON.parse(s), { headline: 'خبر </script><script>alert(1)</script>', x: 'a\u2028b\u2029c' });
  assert.equal(jsonForScript({ a: 'بی‌خطر' }), JSON.stringify({ a: 'بی‌خطر' }));
});

const site = { publicUrl: 'https://news.example', assets: { iconHref: '/assets/icon.svg' } } as unknown as Site;
const publisher = { '@type': 'NewsMediaOrganization', name: 'چاپار', url: 'https://news.example/fa/', logo: { '@type': 'ImageObject', url: 'https://news.example/assets/icon.svg', width: 32, height: 32 } };

test('the NewsArticle JSON text is the schema.org object, script-safe, optional fields left out', () => {
  const full: NewsArticleLd = {
    url: 'https://news.example/fa/news/12/%D8%AE%D8%A8%D8%B1',
    headline: 'خبر «مهم» </script><script>alert("x")</script> \\ ICT',
    alternativeHeadline: 'روتیتر\u2028دوم',
    description: 'لید\u2029خبر',
    inLanguage: 'fa',
    datePublished: '2026-11-29T06:30:00.000Z',
    dateModified: '2026-11-29T07:00:00.000Z',
    author: [
      { type: 'Person', name: 'مریم "رضایی"', url: 'https://news.example/fa/author/maryam' },
      { type: 'Person', name: 'علی', url: 'https://news.example/fa/author/ali' },
    ],
    image: ['https://news.example/media/a.jpg'],
    articleSection: 'سیاسی',
    keywords: 'انتخابات, مجلس',
    identifier: '12',
    sourceOrganization: 'ایسنا',
  };
  const text = newsArticleLd(site, full).value;
  assert.ok(!text.includes('<') && !text.includes('\u2028') && !text.includes('\u2029'));
  assert.deepEqual(JSON.parse(text), {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': full.url },
    url: full.url,
    headline: full.headline,
    alternativeHeadline: full.alternativeHeadline,
    description: full.description,
    inLanguage: 'fa',
    datePublished: full.datePublished,
    dateModified: full.dateModified,
    author: full.author.map((a) => ({ '@type': a.type, name: a.name, url: a.url })),
    publisher,
    image: full.image,
    articleSection: 'سیاسی',
    keywords: 'انتخابات, مجلس',
    identifier: '12',
    sourceOrganization: { '@type': 'Organization', name: 'ایسنا' },
  });
  const bare = JSON.parse(newsArticleLd(site, { ...full, alternativeHeadline: undefined, articleSection: undefined, keywords: undefined, sourceOrganization: undefined, author: [{ type: 'Organization', name: 'چاپار', url: 'https://news.example/fa/' }] }).value);
  for (const k of ['alternativeHeadline', 'articleSection', 'keywords', 'sourceOrganization']) assert.ok(!(k in bare), k);
  assert.deepEqual(bare.author, [{ '@type': 'Organization', name: 'چاپار', url: 'https://news.example/fa/' }]);
});

test('the BreadcrumbList JSON text lists the crumbs in order, the current page without a link', () => {
  const text = breadcrumbLd(site, [{ name: 'خانه', href: '/fa/' }, { name: 'ورزشی </script>', href: '/fa/section/sports' }, { name: 'خبر' }]).value;
  assert.ok(!text.includes('<'));
  assert.deepEqual(JSON.parse(text), {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: 'خانه', item: 'https://news.example/fa/' },
      { '@type': 'ListItem', position: 2, name: 'ورزشی </script>', item: 'https://news.example/fa/section/sports' },
      { '@type': 'ListItem', position: 3, name: 'خبر' },
    ],
  });
});

test('every kind of string survives the JSON text exactly as JSON.stringify would write it', () => {
  const names = ['ساده', 'tab\there', 'nul\u0000bell\u0007', 'back\\slash', 'quote"d', 'emoji 😀', 'lone \ud800 high', 'lone \udc00 low', 'line\u2028sep\u2029', '</script><!--', "apos'"];
  const crumbs = names.map((name) => ({ name }));
  const text = breadcrumbLd(site, crumbs).value;
  assert.ok(!text.includes('<') && !text.includes('\u2028') && !text.includes('\u2029'));
  assert.deepEqual(
    JSON.parse(text).itemListElement.map((x: { name: string }) => x.name),
    names,
  );
  assert.equal(text, jsonForScript({ '@context': 'https://schema.org', '@type': 'BreadcrumbList', itemListElement: names.map((name, i) => ({ '@type': 'ListItem', position: i + 1, name })) }));
});
