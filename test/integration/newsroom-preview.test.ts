import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildArticle, buildPublishedArticle, buildUser } from '../helpers/factories.js';
import { buildTestApp } from '../helpers/runtime.js';

async function login(app: Awaited<ReturnType<typeof buildTestApp>>['app'], email: string, password: string): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/newsroom/v1/auth/login', payload: { email, password } });
  assert.equal(res.statusCode, 200, res.body);
  const cookie = res.cookies.find((c) => c.name === 'chapar_session');
  assert.ok(cookie);
  return `chapar_session=${cookie.value}`;
}

test('the newsroom preview shows any article exactly as the public page, only to users who may see it', async (t) => {
  const { rt, app } = await buildTestApp(t);
  const reporter = await buildUser(rt, 'reporter');
  const other = await buildUser(rt, 'reporter');
  const draft = await buildArticle(rt, { title: 'پیش‌نویس خبر آزمایشی', kicker: 'روتیتر پیش‌نویس' }, reporter.actor);

  const anonymous = await app.inject({ url: `/newsroom/preview/${draft.id}` });
  assert.equal(anonymous.statusCode, 401);
  assert.equal(anonymous.headers['cache-control'], 'private, no-store');

  const mine = await app.inject({ url: `/newsroom/preview/${draft.id}`, headers: { cookie: await login(app, reporter.email, reporter.password) } });
  assert.equal(mine.statusCode, 200);
  assert.match(mine.body, /پیش‌نویس خبر آزمایشی/);
  assert.match(mine.body, /روتیتر پیش‌نویس/);
  assert.match(mine.body, /<meta name="robots" content="noindex, nofollow"/);
  assert.equal(mine.headers['cache-control'], 'private, no-store');

  const theirs = await app.inject({ url: `/newsroom/preview/${draft.id}`, headers: { cookie: await login(app, other.email, other.password) } });
  assert.equal(theirs.statusCode, 403);

  // A published article previews with the same article markup readers get.
  const pub = await buildPublishedArticle(rt, { title: 'خبر منتشرشده برای مقایسه' });
  const chief = await buildUser(rt, 'chief_editor');
  const preview = await app.inject({ url: `/newsroom/preview/${pub.id}`, headers: { cookie: await login(app, chief.email, chief.password) } });
  const page = await app.inject({ url: `/fa/news/${pub.code}/${encodeURIComponent(pub.slug)}` });
  assert.equal(preview.statusCode, 200);
  assert.equal(page.statusCode, 200);
  const article = (html: string) => html.match(/<article[\s\S]*<\/article>/)?.[0];
  assert.ok(article(page.body));
  assert.equal(article(preview.body), article(page.body));
});
