import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unpublishArticle } from '../../src/content/articles/unpublish-article.js';
import { buildSiteFixture } from '../helpers/site-fixtures.js';
import { articleUrl } from '../helpers/site-html.js';

test('the read API lists published articles with filters and a cursor, and serves one by code', async (t) => {
  const { app, main, others, rt } = await buildSiteFixture(t, { count: 6 });
  const all = await app.inject({ url: '/api/v1/articles?lang=fa&limit=3' });
  assert.equal(all.statusCode, 200);
  const p1 = all.json() as { items: Array<{ code: number; publishedAt: string; url: string }>; next: string | null };
  assert.equal(p1.items.length, 3);
  assert.equal(p1.items[0]!.code, main.code);
  assert.equal(p1.items[0]!.publishedAt, '2026-11-28T06:30:00.000Z');
  assert.equal(p1.items[0]!.url, `https://news.example.ir${articleUrl(main)}`);
  const codes = p1.items.map((i) => i.code);
  let next = p1.next;
  while (next) {
    const r = (await app.inject({ url: `/api/v1/articles?lang=fa&limit=3&cursor=${next}` })).json() as typeof p1;
    codes.push(...r.items.map((i) => i.code));
    next = r.next;
  }
  assert.deepEqual(codes, [main.code, ...others.map((o) => o.code)]);

  const econ = (await app.inject({ url: '/api/v1/articles?section=economy' })).json() as typeof p1;
  assert.ok(econ.items.length > 0 && !econ.items.some((i) => i.code === main.code));
  const tag = (await app.inject({ url: `/api/v1/articles?tag=${encodeURIComponent('فناوری')}` })).json() as typeof p1;
  assert.deepEqual(tag.items.map((i) => i.code), [main.code]);
  assert.equal((await app.inject({ url: '/api/v1/articles?lang=xx' })).statusCode, 400);
  assert.equal((await app.inject({ url: '/api/v1/articles?cursor=!!' })).statusCode, 400);

  const one = await app.inject({ url: `/api/v1/articles/${main.code}` });
  assert.equal(one.statusCode, 200);
  const body = one.json();
  assert.equal(body.title, main.title);
  assert.match(body.body, /<p>/);
  assert.deepEqual(body.authors.map((a: { name: string }) => a.name), ['مریم احمدی']);
  assert.equal(body.section.slug, 'politics');
  await unpublishArticle(rt.ctx, main.id);
  const gone = await app.inject({ url: `/api/v1/articles/${main.code}` });
  assert.equal(gone.statusCode, 410);
  assert.equal(gone.json().error.code, 'CHAPAR_CONTENT_ARTICLE_GONE');
  assert.equal((await app.inject({ url: '/api/v1/articles/999999' })).statusCode, 404);
});
