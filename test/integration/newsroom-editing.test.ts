import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixedClock } from '../../src/platform/clock.js';
import { newsroom, signIn } from './newsroom-client.js';

test('two editors save the same version: the later save is refused with both versions, and nothing is lost', async (t) => {
  const { rt, app, politics } = await newsroom(t);
  const first = await signIn(app, rt, 'section_editor', ['politics']);
  const second = await signIn(app, rt, 'chief_editor');
  const a = (await first.req('POST', '/articles', { title: 'عنوان اول', sectionId: politics, lead: 'لید اول' })).json().article;

  const s1 = await first.req('PATCH', `/articles/${a.id}`, { expectedVersion: 1, lead: 'لید ویراستار اول' });
  assert.equal(s1.statusCode, 200, s1.body);
  assert.equal(s1.json().article.version, 2);
  const s2 = await second.req('PATCH', `/articles/${a.id}`, { expectedVersion: 1, title: 'عنوان سردبیر', lead: 'لید سردبیر' });
  assert.equal(s2.statusCode, 409);
  const err = s2.json().error;
  assert.equal(err.code, 'CHAPAR_CONTENT_VERSION_CONFLICT');
  assert.equal(err.details.currentVersion, 2);
  assert.equal(err.details.expectedVersion, 1);
  assert.equal(err.details.current.lead, 'لید ویراستار اول', 'theirs: the saved version');
  assert.equal(err.details.yours.lead, 'لید سردبیر', 'mine: what was refused');
  assert.ok(err.details.updatedByName);
  assert.ok(err.details.conflictCopyId > 0);

  // The refused save is kept on the server.
  const copies = (await second.req('GET', `/articles/${a.id}/conflicts`)).json().items;
  assert.equal(copies.length, 1);
  assert.equal(copies[0].data.title, 'عنوان سردبیر');
  assert.equal(copies[0].baseVersion, 1);
  // The first save stands untouched.
  const now = (await first.req('GET', `/articles/${a.id}`)).json().article;
  assert.equal(now.lead, 'لید ویراستار اول');
  assert.equal(now.title, 'عنوان اول');
  // Merging and saving from the current version works.
  const merged = await second.req('PATCH', `/articles/${a.id}`, { expectedVersion: 2, title: 'عنوان سردبیر' });
  assert.equal(merged.statusCode, 200);
  assert.equal(merged.json().article.lead, 'لید ویراستار اول');
});

test('the second editor sees who is editing since when, takes over, and the first is told at once', async (t) => {
  const clock = fixedClock('2026-11-28T07:00:00Z');
  const { rt, app, politics } = await newsroom(t, { clock });
  const first = await signIn(app, rt, 'section_editor', ['politics']);
  const second = await signIn(app, rt, 'chief_editor');
  const a = (await first.req('POST', '/articles', { title: 'خبر', sectionId: politics })).json().article;

  const held = (await first.req('POST', `/articles/${a.id}/lock`, {})).json();
  assert.equal(held.status, 'held');
  assert.ok(held.token);
  clock.advance(5000);
  const seen = (await second.req('POST', `/articles/${a.id}/lock`, {})).json();
  assert.equal(seen.status, 'locked');
  assert.equal(seen.token, null);
  assert.equal(seen.holder.userId, first.userId);
  assert.equal(seen.holder.since, '2026-11-28T07:00:00.000Z');
  assert.ok(seen.holder.name);
  // Lists show who has the article open.
  assert.equal((await second.req('GET', '/articles?view=all')).json().items[0].lock.userId, first.userId);

  // The first editor waits for changes (long poll) while the second takes over.
  const waiting = first.req('GET', `/articles/${a.id}/lock/wait?token=${held.token}&timeout=30`);
  await new Promise((r) => setTimeout(r, 50));
  const took = (await second.req('POST', `/articles/${a.id}/lock`, { takeOver: true })).json();
  assert.equal(took.status, 'held');
  assert.equal(took.previousUserId, first.userId);
  const told = (await waiting).json();
  assert.equal(told.status, 'lost');
  assert.equal(told.holder.userId, second.userId);

  // The first editor's heartbeat also says so.
  const beat = (await first.req('POST', `/articles/${a.id}/lock`, { token: held.token })).json();
  assert.equal(beat.status, 'lost');
  assert.equal(beat.holder.userId, second.userId);
  // A stale release changes nothing; the holder's release frees it.
  assert.equal((await first.req('DELETE', `/articles/${a.id}/lock?token=${held.token}`)).statusCode, 204);
  assert.equal((await first.req('GET', `/articles/${a.id}/lock`)).json().status, 'locked');
  await second.req('DELETE', `/articles/${a.id}/lock?token=${took.token}`);
  assert.equal((await first.req('GET', `/articles/${a.id}/lock`)).json().status, 'free');
  // A lock without heartbeats expires.
  await first.req('POST', `/articles/${a.id}/lock`, {});
  clock.advance(91_000);
  assert.equal((await second.req('POST', `/articles/${a.id}/lock`, {})).json().status, 'held');
});

test('every save keeps a revision; the diff is readable; an old revision can be restored', async (t) => {
  const { rt, app, politics } = await newsroom(t);
  const ed = await signIn(app, rt, 'section_editor', ['politics']);
  const a = (await ed.req('POST', '/articles', { title: 'بارش برف در تهران', sectionId: politics, body: '<p>برف سنگین در شمال تهران.</p>', tags: ['هوا'] })).json().article;
  const v2 = (await ed.req('PATCH', `/articles/${a.id}`, { expectedVersion: 1, title: 'بارش باران در تهران', body: '<p>باران شدید در شمال تهران.</p><p>مدارس تعطیل شد.</p>' })).json().article;
  assert.equal(v2.version, 2);
  const revs = (await ed.req('GET', `/articles/${a.id}/revisions`)).json().items;
  assert.deepEqual(revs.map((r: { version: number }) => r.version), [2, 1]);
  assert.equal(revs[1].title, 'بارش برف در تهران');

  const diff = (await ed.req('GET', `/articles/${a.id}/revisions/1/diff`)).json();
  assert.equal(diff.from, 1);
  assert.equal(diff.to, 2);
  const title = diff.fields.find((f: { field: string }) => f.field === 'title');
  assert.deepEqual(title.ops, [{ op: 'equal', text: 'بارش ' }, { op: 'delete', text: 'برف' }, { op: 'insert', text: 'باران' }, { op: 'equal', text: ' در تهران' }]);
  const body = diff.fields.find((f: { field: string }) => f.field === 'body');
  assert.ok(body.ops.some((o: { op: string; text: string }) => o.op === 'insert' && o.text.includes('مدارس تعطیل شد.')));
  assert.ok(!body.ops.some((o: { text: string }) => o.text.includes('<p>')), 'the body diff shows text, not markup');

  const old = (await ed.req('GET', `/articles/${a.id}/revisions/1`)).json().revision;
  assert.equal(old.data.body, '<p>برف سنگین در شمال تهران.</p>');

  const stale = await ed.req('POST', `/articles/${a.id}/revisions/1/restore`, { expectedVersion: 1 });
  assert.equal(stale.statusCode, 409);
  const restored = await ed.req('POST', `/articles/${a.id}/revisions/1/restore`, { expectedVersion: 2 });
  assert.equal(restored.statusCode, 200, restored.body);
  const r = restored.json().article;
  assert.equal(r.version, 3);
  assert.equal(r.title, 'بارش برف در تهران');
  assert.equal(r.body, '<p>برف سنگین در شمال تهران.</p>');
  assert.equal(r.typographyRepair, true);
  const after = (await ed.req('GET', `/articles/${a.id}/revisions`)).json().items;
  assert.equal(after[0].note, 'restored from version 1');
  assert.equal(after.length, 3, 'the replaced version stays in the history');
  const missing = await ed.req('GET', `/articles/${a.id}/revisions/9`);
  assert.equal(missing.statusCode, 404);
  assert.equal(missing.json().error.code, 'CHAPAR_CONTENT_REVISION_NOT_FOUND');
});

test('typography preview lists every change before it is applied; the repair can be switched off per article', async (t) => {
  const { rt, app, politics } = await newsroom(t);
  const ed = await signIn(app, rt, 'section_editor', ['politics']);
  const pre = await ed.req('POST', '/typography/preview', { lang: 'fa', texts: ['كتاب هاي ما'], html: '<p>سلام</p><p>ميز <b>ها</b></p>' });
  assert.equal(pre.statusCode, 200, pre.body);
  const p = pre.json();
  assert.notEqual(p.texts[0].after, 'كتاب هاي ما');
  assert.ok(p.texts[0].changes.length >= 2);
  for (const c of p.texts[0].changes) assert.equal('كتاب هاي ما'.slice(c.from, c.to), c.before);
  assert.ok(p.body.some((s: { before: string }) => s.before === 'ميز '));

  const off = (await ed.req('POST', '/articles', { title: 'كتاب', sectionId: politics, typographyRepair: false })).json().article;
  assert.equal(off.title, 'كتاب', 'left as typed');
  const on = (await ed.req('POST', '/articles', { title: 'كتاب', sectionId: politics })).json().article;
  assert.equal(on.title, 'کتاب', 'repaired on save');
});

test('tags autocomplete and new tags; sections; authors', async (t) => {
  const { rt, app, politics } = await newsroom(t);
  const rep = await signIn(app, rt, 'reporter');
  await rep.req('POST', '/articles', { title: 'خبر', sectionId: politics, tags: ['انتخابات مجلس', 'مجلس'], authors: ['علی رضایی'] });
  const tags = (await rep.req('GET', `/tags?lang=fa&q=${encodeURIComponent('مجلس')}`)).json().items.map((x: { name: string }) => x.name);
  assert.deepEqual(tags, ['مجلس', 'انتخابات مجلس']);
  const authors = (await rep.req('GET', `/authors?q=${encodeURIComponent('رضا')}`)).json().items;
  assert.equal(authors[0].name, 'علی رضایی');
  const secs = (await rep.req('GET', '/sections?lang=fa')).json().items;
  assert.ok(secs.some((s: { slug: string }) => s.slug === 'politics'));
});
