import assert from 'node:assert/strict';
import { test } from 'node:test';
import { API, newsroom, signIn } from './newsroom-client.js';

test('a reporter writes and submits; the desk returns it with a comment; fixed and resubmitted, the editor publishes it and it is on the home page and in search', async (t) => {
  const { rt, app, politics } = await newsroom(t);
  const reporter = await signIn(app, rt, 'reporter');
  const editor = await signIn(app, rt, 'section_editor', ['politics']);

  const created = await reporter.req('POST', '/articles', {
    lang: 'fa', sectionId: politics, kicker: 'گزارش', title: 'نشست فوق‌العاده شورای شهر اهواز', lead: 'شورای شهر اهواز امروز تشکیل جلسه داد.',
    body: '<p>متن نخست خبر.</p>', tags: ['شورای شهر', 'اهواز'], authors: ['مریم احمدی'],
  });
  assert.equal(created.statusCode, 201, created.body);
  const { article, permissions } = created.json();
  assert.equal(article.status, 'draft');
  assert.equal(article.version, 1);
  assert.equal(permissions.publish, false, 'a reporter gets no publish button');
  assert.equal(permissions.submit, true);
  assert.ok(article.counts.words > 0);
  assert.match(article.url, /\/fa\/news\/\d+\//);

  // Not yet on the desk's queue.
  assert.equal((await editor.req('GET', '/articles?view=desk')).json().total, 0);
  const submitted = await reporter.req('POST', `/articles/${article.id}/submit`, { expectedVersion: 1 });
  assert.equal(submitted.statusCode, 200, submitted.body);
  assert.equal(submitted.json().article.status, 'submitted');

  // A reporter can never publish: 403 from the API.
  const denied = await reporter.req('POST', `/articles/${article.id}/publish`, {});
  assert.equal(denied.statusCode, 403);
  assert.equal(denied.json().error.code, 'CHAPAR_AUTH_FORBIDDEN');

  const desk = (await editor.req('GET', '/articles?view=desk')).json();
  assert.deepEqual(desk.items.map((a: { id: number }) => a.id), [article.id]);
  assert.equal(desk.items[0].createdByName.length > 0, true);

  const noComment = await editor.req('POST', `/articles/${article.id}/return`, { comment: '  ' });
  assert.equal(noComment.statusCode, 400);
  const returned = await editor.req('POST', `/articles/${article.id}/return`, { comment: 'منبع خبر را اضافه کنید.' });
  assert.equal(returned.statusCode, 200, returned.body);
  assert.equal(returned.json().article.status, 'returned');

  const mine = (await reporter.req('GET', '/articles?view=mine')).json();
  assert.equal(mine.items[0].status, 'returned');
  const seen = (await reporter.req('GET', `/articles/${article.id}`)).json();
  assert.equal(seen.notes[0].kind, 'return');
  assert.equal(seen.notes[0].body, 'منبع خبر را اضافه کنید.');
  assert.equal(seen.permissions.edit, true);

  const fixed = await reporter.req('PATCH', `/articles/${article.id}`, { expectedVersion: seen.article.version, sourceName: 'خبرگزاری چاپار', body: '<p>متن کامل‌تر خبر.</p>' });
  assert.equal(fixed.statusCode, 200, fixed.body);
  const resubmitted = await reporter.req('POST', `/articles/${article.id}/submit`, { expectedVersion: fixed.json().article.version });
  assert.equal(resubmitted.json().article.status, 'submitted');

  const approved = await editor.req('POST', `/articles/${article.id}/approve`, {});
  assert.equal(approved.json().article.status, 'approved');
  const published = await editor.req('POST', `/articles/${article.id}/publish`, {});
  assert.equal(published.statusCode, 200, published.body);
  assert.equal(published.json().article.status, 'published');
  assert.ok(published.json().article.publishedAt);

  // On the public home page and in search.
  const home = await app.inject({ method: 'GET', url: '/fa/' });
  assert.equal(home.statusCode, 200);
  assert.ok(home.body.includes('نشست فوق‌العاده شورای شهر اهواز'), 'the home page lists the article');
  const found = await editor.req('GET', `/search?q=${encodeURIComponent('شورای شهر اهواز')}`);
  assert.equal(found.statusCode, 200, found.body);
  assert.ok(found.json().items.some((h: { articleId: number }) => h.articleId === article.id));

  // Who did what: the audit log of the article.
  const audit = (await editor.req('GET', `/articles/${article.id}/audit`)).json().items.map((e: { action: string }) => e.action).reverse();
  assert.deepEqual(audit, ['article.create', 'article.updated', 'article.updated', 'article.update', 'article.updated', 'article.updated', 'article.published']);
});

test('a forged cross-site POST is refused: wrong origin, or no CSRF token', async (t) => {
  const { rt, app } = await newsroom(t);
  const reporter = await signIn(app, rt, 'reporter');
  const forged = await app.inject({
    method: 'POST', url: `${API}/articles`, payload: { title: 'جعلی' },
    headers: { cookie: reporter.cookie, origin: 'https://evil.example', 'content-type': 'application/json' },
  });
  assert.equal(forged.statusCode, 403);
  assert.equal(forged.json().error.code, 'CHAPAR_AUTH_BAD_ORIGIN');
  // A form post from another site (cookie sent, but no token it could know).
  const form = await app.inject({
    method: 'POST', url: `${API}/articles`, payload: 'title=x',
    headers: { cookie: reporter.cookie, 'content-type': 'application/x-www-form-urlencoded' },
  });
  assert.equal(form.statusCode, 403);
  assert.equal(form.json().error.code, 'CHAPAR_AUTH_CSRF');
  const wrongToken = await reporter.req('POST', '/articles', { title: 'جعلی' }, { 'x-csrf-token': 'x'.repeat(43) });
  assert.equal(wrongToken.statusCode, 403);
  assert.equal(wrongToken.json().error.code, 'CHAPAR_AUTH_CSRF');
  const viaReferer = await reporter.req('POST', '/articles', { title: 'جعلی' }, { referer: 'https://evil.example/page' });
  assert.equal(viaReferer.statusCode, 403);
  const count = await rt.ctx.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  assert.equal(Number(count.n), 0, 'nothing was created');
  // The same request from our own origin goes through.
  const ok = await reporter.req('POST', '/articles', { title: 'واقعی' }, { origin: 'http://localhost:80' });
  assert.equal(ok.statusCode, 201, ok.body);
  // Login itself refuses a cross-site origin (login CSRF).
  const crossLogin = await app.inject({ method: 'POST', url: `${API}/auth/login`, payload: { email: reporter.email, password: reporter.password }, headers: { origin: 'https://evil.example' } });
  assert.equal(crossLogin.statusCode, 403);
});

test('scheduling: publish with a future time schedules it; the breaking fast path publishes and marks «فوری» until its expiry', async (t) => {
  const { rt, app, politics } = await newsroom(t);
  const editor = await signIn(app, rt, 'section_editor', ['politics']);
  const chief = await signIn(app, rt, 'chief_editor');
  const a = (await editor.req('POST', '/articles', { title: 'خبر زمان‌بندی‌شده', sectionId: politics })).json().article;
  const at = new Date(rt.clock.now().getTime() + 3_600_000).toISOString();
  const scheduled = await editor.req('POST', `/articles/${a.id}/publish`, { at });
  assert.equal(scheduled.json().article.status, 'scheduled');
  assert.equal(scheduled.json().article.scheduledAt, at);
  const list = (await editor.req('GET', '/articles?view=scheduled')).json();
  assert.deepEqual(list.items.map((x: { id: number }) => x.id), [a.id]);

  const b = (await editor.req('POST', '/articles', { title: 'خبر فوری', sectionId: politics })).json().article;
  const past = await editor.req('POST', `/articles/${b.id}/publish`, { breakingUntil: new Date(rt.clock.now().getTime() - 1000).toISOString() });
  assert.equal(past.statusCode, 400);
  const until = new Date(rt.clock.now().getTime() + 2 * 3_600_000).toISOString();
  const breaking = await editor.req('POST', `/articles/${b.id}/publish`, { breakingUntil: until });
  assert.equal(breaking.statusCode, 200, breaking.body);
  assert.equal(breaking.json().article.status, 'published');
  assert.equal(breaking.json().article.isBreaking, true);
  assert.equal(breaking.json().article.breakingUntil, until);

  // Only the chief picks the top story, and only one per edition.
  const notChief = await editor.req('POST', `/articles/${b.id}/top-story`, { on: true });
  assert.equal(notChief.statusCode, 403);
  const c = (await chief.req('POST', '/articles', { title: 'خبر دوم', sectionId: politics })).json().article;
  await chief.req('POST', `/articles/${c.id}/publish`, {});
  assert.equal((await chief.req('POST', `/articles/${b.id}/top-story`, { on: true })).json().article.isTopStory, true);
  assert.equal((await chief.req('POST', `/articles/${c.id}/top-story`, { on: true })).json().article.isTopStory, true);
  const tops = await rt.ctx.db.selectFrom('articles').select('id').where('isTopStory', '=', 1).execute();
  assert.deepEqual(tops.map((r) => r.id), [c.id]);
  // The flags cannot be slipped in through an ordinary save.
  const sneaky = await editor.req('PATCH', `/articles/${b.id}`, { expectedVersion: 99, isTopStory: true });
  assert.equal(sneaky.statusCode, 400);
});

test('trash and back: a trashed article returns as a draft', async (t) => {
  const { rt, app, politics } = await newsroom(t);
  const editor = await signIn(app, rt, 'section_editor', ['politics']);
  const a = (await editor.req('POST', '/articles', { title: 'خبر', sectionId: politics })).json().article;
  await editor.req('POST', `/articles/${a.id}/publish`, {});
  assert.equal((await editor.req('POST', `/articles/${a.id}/unpublish`, {})).json().article.status, 'unpublished');
  assert.equal((await editor.req('POST', `/articles/${a.id}/trash`, {})).json().article.status, 'trashed');
  assert.deepEqual((await editor.req('GET', '/articles?view=trashed')).json().items.map((x: { id: number }) => x.id), [a.id]);
  const bad = await editor.req('POST', `/articles/${a.id}/approve`, {});
  assert.equal(bad.statusCode, 400);
  assert.equal(bad.json().error.code, 'CHAPAR_CONTENT_BAD_TRANSITION');
  assert.equal((await editor.req('POST', `/articles/${a.id}/untrash`, {})).json().article.status, 'draft');
});
