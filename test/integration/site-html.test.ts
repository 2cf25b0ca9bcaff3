import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SearchIndex, SearchQuery } from '../../src/search/types.js';
import { buildSiteFixture, makeBreaking, HOUR } from '../helpers/site-fixtures.js';
import { articleUrl, checkHtml } from '../helpers/site-html.js';

test('article, home, section, search and error pages have no Nu HTML Checker errors', async (t) => {
  const { rt, app, main, others } = await buildSiteFixture(t);
  await makeBreaking(rt, others[0]!, new Date(rt.clock.now().getTime() + HOUR));
  const seen: SearchQuery[] = [];
  // The search page renders what the search module returns (escaped snippet with <mark>).
  rt.search = {
    search: async (q: SearchQuery) => {
      seen.push(q);
      return { total: 1, items: [{ articleId: main.id, code: main.code, lang: 'fa', title: main.title, snippet: 'دفاتر <mark>ICT</mark> روستایی &lt;b&gt;', publishedAt: main.publishedAt, sectionId: main.sectionId, status: 'published' }] };
    },
  } as unknown as SearchIndex;
  const pages: Record<string, string> = {};
  for (const [name, url] of Object.entries({
    article: articleUrl(main),
    home: '/fa/',
    section: '/fa/section/politics',
    search: '/fa/search?q=ICT',
    searchEmpty: '/fa/search',
    tag: `/fa/tag/${encodeURIComponent('بودجه')}`,
    homeEn: '/en/',
    homeAr: '/ar/',
    notFound: '/fa/no-such-page',
  })) {
    const res = await app.inject({ url });
    assert.ok(res.statusCode === 200 || (name === 'notFound' && res.statusCode === 404), `${url} → ${res.statusCode}`);
    pages[name] = res.body;
  }
  assert.equal(seen[0]!.q, 'ICT');
  assert.equal(seen[0]!.lang, 'fa');
  assert.match(pages.search!, /دفاتر <mark>ICT<\/mark> روستایی &lt;b&gt;/, 'snippet HTML as given');
  assert.ok(pages.search!.includes(articleUrl(main)), 'hits link to canonical URLs');
  assert.match(pages.search!, /<meta name="robots" content="noindex, follow"\/>/);
  const results = await checkHtml(pages);
  for (const [name, msgs] of Object.entries(results)) {
    const errors = msgs.filter((m) => m.type === 'error' || m.subType === 'fatal');
    assert.deepEqual(errors.map((e) => `${e.message} :: ${e.extract ?? ''}`), [], `${name} has no HTML errors`);
  }
  assert.equal(Object.keys(results).length, Object.keys(pages).length);
});
