import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { createArticle } from '../../src/content/articles/create-article.js';
import { getPublishedArticle } from '../../src/content/articles/get-published-article.js';
import { listRevisions } from '../../src/content/articles/list-revisions.js';
import { publishArticle } from '../../src/content/articles/publish-article.js';
import { unpublishArticle } from '../../src/content/articles/unpublish-article.js';
import { trashArticle } from '../../src/content/articles/trash-article.js';
import { updateArticle } from '../../src/content/articles/update-article.js';
import { getArticle } from '../../src/content/articles/get-article.js';
import { withActor } from '../../src/content/context.js';
import { ChaparError } from '../../src/platform/errors.js';
import { toApiError } from '../../src/platform/http-errors.js';
import { buildArticle, buildUser } from '../helpers/factories.js';
import { buildRuntime } from '../helpers/runtime.js';

async function rejects(p: Promise<unknown>): Promise<ChaparError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof ChaparError, `expected a ChaparError, got ${e}`);
    return e;
  }
  assert.fail('expected a rejection');
}

test('a new article gets the next news code, a slug and revision 1', async (t) => {
  const rt = await buildRuntime(t);
  const a = await buildArticle(rt, { title: 'افتتاح دفاتر ICT روستایی' });
  const b = await buildArticle(rt);
  assert.equal(a.code, 100001);
  assert.equal(b.code, 100002);
  assert.equal(a.status, 'draft');
  assert.equal(a.version, 1);
  assert.ok(a.slug.length > 0);
  assert.deepEqual(a.tags.map((x) => x.name), ['آزمایش']);
  const revs = await listRevisions(rt.ctx, a.id);
  assert.equal(revs.length, 1);
  assert.equal(revs[0]!.data.title, a.title);
});

test('validation errors name every field at fault and nothing is stored', async (t) => {
  const rt = await buildRuntime(t);
  const err = await rejects(createArticle(rt.ctx, { title: '   ', sourceUrl: 'javascript:alert(1)', lang: 'xx' as never }));
  assert.equal(err.code, 'CHAPAR_CONTENT_INVALID');
  assert.equal(err.status, 400);
  const fields = err.fields.map((f) => f.field).sort();
  assert.deepEqual(fields, ['lang', 'sourceUrl', 'title']);
  const body = toApiError(err, 'fa').body;
  assert.equal(body.error.fields!.find((f) => f.field === 'title')!.message, 'این فیلد الزامی است.');
  const count = await rt.ctx.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  assert.equal(Number(count.n), 0);
});

test('an unknown section is refused with the field named', async (t) => {
  const rt = await buildRuntime(t);
  const err = await rejects(createArticle(rt.ctx, { title: 'خبر', sectionId: 99999 }));
  assert.deepEqual(err.fields.map((f) => f.field), ['sectionId']);
});

test('saving with a stale version is a conflict (409) and overwrites nothing', async (t) => {
  const rt = await buildRuntime(t);
  const a = await buildArticle(rt, { title: 'عنوان اول' });
  const first = await updateArticle(rt.ctx, a.id, 1, { title: 'عنوان ویرایش اول' });
  assert.equal(first.version, 2);
  const err = await rejects(updateArticle(rt.ctx, a.id, 1, { title: 'عنوان ویرایش دوم' }));
  assert.equal(err.code, 'CHAPAR_CONTENT_VERSION_CONFLICT');
  assert.equal(toApiError(err, 'fa').status, 409);
  assert.equal((err.details as { currentVersion: number }).currentVersion, 2);
  const now = await getArticle(rt.ctx, a.id);
  assert.equal(now.title, 'عنوان ویرایش اول');
  assert.equal(now.version, 2);
  assert.deepEqual((await listRevisions(rt.ctx, a.id)).map((r) => r.version), [2, 1], 'the refused save left no revision');
});

/** Makes the database itself refuse every new revision row (a real failure late in a save). */
async function refuseRevisions(rt: Awaited<ReturnType<typeof buildRuntime>>): Promise<void> {
  if (rt.handle.dialect === 'sqlite') {
    await sql`create trigger refuse_revisions before insert on revisions begin select raise(abort, 'revisions refused'); end`.execute(rt.ctx.db);
  } else {
    await sql`create function refuse_revisions() returns trigger language plpgsql as $$ begin raise exception 'revisions refused'; end $$`.execute(rt.ctx.db);
    await sql`create trigger refuse_revisions before insert on revisions for each row execute function refuse_revisions()`.execute(rt.ctx.db);
  }
}

test('a save that fails part-way is one transaction: nothing of it is stored', async (t) => {
  const rt = await buildRuntime(t);
  const a = await buildArticle(rt, { title: 'پیش از خطا', tags: ['الف'] });
  const count = async (table: string) => Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(rt.ctx.db)).rows[0]!.n);
  const before = { articles: await count('articles'), articleTags: await count('article_tags'), tags: await count('tags'), revisions: await count('revisions') };
  await refuseRevisions(rt);
  // the revision is written after the article row, its tags and authors
  await assert.rejects(createArticle(rt.ctx, { title: 'خبر تازه', tags: ['برچسب تازه'] }), /revisions refused/);
  await assert.rejects(updateArticle(rt.ctx, a.id, 1, { title: 'پس از خطا', tags: ['ب'] }), /revisions refused/);
  assert.deepEqual({ articles: await count('articles'), articleTags: await count('article_tags'), tags: await count('tags'), revisions: await count('revisions') }, before);
  const now = await getArticle(rt.ctx, a.id);
  assert.equal(now.title, 'پیش از خطا');
  assert.equal(now.version, 1);
  assert.deepEqual(now.tags.map((x) => x.name), ['الف']);
});

test('every save keeps a revision with the previous state', async (t) => {
  const rt = await buildRuntime(t);
  const a = await buildArticle(rt, { title: 'نسخه یک' });
  await updateArticle(rt.ctx, a.id, 1, { title: 'نسخه دو', tags: ['الف', 'ب'] });
  await updateArticle(rt.ctx, a.id, 2, { lead: 'لید تازه' });
  const revs = await listRevisions(rt.ctx, a.id);
  assert.deepEqual(revs.map((r) => r.version), [3, 2, 1]);
  assert.equal(revs[2]!.data.title, 'نسخه یک');
  assert.equal(revs[1]!.data.title, 'نسخه دو');
  assert.deepEqual(revs[1]!.data.tags, ['الف', 'ب']);
  assert.equal(revs[0]!.data.lead, 'لید تازه');
});

test('the body is sanitized with the allowlist', async (t) => {
  const rt = await buildRuntime(t);
  const a = await buildArticle(rt, {
    body: '<p onclick="x()">سلام <script>alert(1)</script><a href="javascript:alert(1)">پیوند</a> <strong>مهم</strong></p><style>p{}</style><iframe src="https://evil.example/x"></iframe>',
  });
  assert.ok(!/script|onclick|javascript:|style|evil/.test(a.body), a.body);
  assert.match(a.body, /<strong>مهم<\/strong>/);
});

test('Persian text is normalized on save; Arabic articles keep their letters', async (t) => {
  const rt = await buildRuntime(t);
  const fa = await buildArticle(rt, { title: 'رئيس جمهور در ديدار با كارگران', body: '<p>اين يك متن است</p>' });
  assert.equal(fa.title, 'رئیس جمهور در دیدار با کارگران');
  assert.equal(fa.body, '<p>این یک متن است</p>');
  const ar = await buildArticle(rt, { lang: 'ar', section: 'politics', title: 'رئيس الوزراء يلتقي بالعمال' });
  assert.equal(ar.title, 'رئيس الوزراء يلتقي بالعمال');
  const off = await buildArticle(rt, { title: 'متن بدون اصلاح كاف', typographyRepair: false });
  assert.equal(off.title, 'متن بدون اصلاح كاف');
});

test('publish, unpublish and trash move the status; readers see only published articles', async (t) => {
  const rt = await buildRuntime(t);
  const a = await buildArticle(rt);
  await assert.rejects(getPublishedArticle(rt.ctx, a.code), (e: ChaparError) => e.status === 404);
  const p = await publishArticle(rt.ctx, a.id);
  assert.equal(p.status, 'published');
  assert.equal(p.publishedAt?.toISOString(), '2026-11-28T07:00:00.000Z');
  assert.equal((await getPublishedArticle(rt.ctx, a.code)).id, a.id);
  const u = await unpublishArticle(rt.ctx, a.id);
  assert.equal(u.status, 'unpublished');
  await assert.rejects(getPublishedArticle(rt.ctx, a.code), (e: ChaparError) => e.status === 410);
  const tr = await trashArticle(rt.ctx, a.id);
  assert.equal(tr.status, 'trashed');
  const bad = await rejects(unpublishArticle(rt.ctx, a.id));
  assert.equal(bad.code, 'CHAPAR_CONTENT_BAD_TRANSITION');
});

test('publishing with a future time schedules the article', async (t) => {
  const rt = await buildRuntime(t);
  const a = await buildArticle(rt);
  const s = await publishArticle(rt.ctx, a.id, { at: new Date('2026-11-29T06:30:00Z') });
  assert.equal(s.status, 'scheduled');
  assert.equal(s.scheduledAt?.toISOString(), '2026-11-29T06:30:00.000Z');
  assert.equal(s.publishedAt, null);
});

test('news codes are never reused, even after an article is deleted', async (t) => {
  const rt = await buildRuntime(t);
  const a = await buildArticle(rt);
  await rt.ctx.db.deleteFrom('articles').where('id', '=', a.id).execute();
  const b = await buildArticle(rt);
  assert.equal(b.code, a.code + 1);
});

test('a reporter cannot publish; a section editor can in their section only', async (t) => {
  const rt = await buildRuntime(t);
  const reporter = await buildUser(rt, 'reporter');
  const editor = await buildUser(rt, 'section_editor', { sections: ['sports'] });
  const a = await buildArticle(rt, { section: 'politics' }, reporter.actor);
  const e1 = await rejects(publishArticle(withActor(rt.ctx, reporter.actor), a.id));
  assert.equal(e1.status, 403);
  const e2 = await rejects(publishArticle(withActor(rt.ctx, editor.actor), a.id));
  assert.equal(e2.status, 403);
  const b = await buildArticle(rt, { section: 'sports' }, reporter.actor);
  const p = await publishArticle(withActor(rt.ctx, editor.actor), b.id);
  assert.equal(p.status, 'published');
});

test('events announce changes after commit with the cache tags they make stale', async (t) => {
  const rt = await buildRuntime(t);
  const seen: string[][] = [];
  rt.events.subscribe((e) => {
    seen.push([e.type, ...e.tags]);
  });
  const a = await buildArticle(rt, { section: 'sports' });
  await publishArticle(rt.ctx, a.id);
  assert.equal(seen.length, 2);
  assert.equal(seen[1]![0], 'article.published');
  assert.ok(seen[1]!.includes(`article:${a.id}`));
  assert.ok(seen[1]!.includes(`section:${a.sectionId}`));
  assert.ok(seen[1]!.includes('home:fa'));
  // A failed save announces nothing.
  await assert.rejects(updateArticle(rt.ctx, a.id, 1, { title: 'x' }));
  assert.equal(seen.length, 2);
});

test('typography repair keeps the spaces around bold text and links in the body', async (t) => {
  const rt = await buildRuntime(t);
  const a = await buildArticle(rt, { body: '<p>متن <strong>پررنگ</strong> و <a href="https://example.test/">پیوند</a> اينجا</p>' });
  assert.equal(a.body, '<p>متن <strong>پررنگ</strong> و <a href="https://example.test/" rel="noopener noreferrer">پیوند</a> اینجا</p>');
});
