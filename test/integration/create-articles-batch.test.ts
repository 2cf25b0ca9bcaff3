import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CreateArticleInput } from '../../src/content/articles/article-input.js';
import { createArticle, createArticles } from '../../src/content/articles/create-article.js';
import { getSectionBySlug } from '../../src/content/sections/list-sections.js';
import { ChaparError } from '../../src/platform/errors.js';
import { buildRuntime } from '../helpers/runtime.js';

type Rt = Awaited<ReturnType<typeof buildRuntime>>;

async function inputs(rt: Rt): Promise<Array<{ input: CreateArticleInput; opts: { importKey: string; publishedAt?: Date } }>> {
  const politics = (await getSectionBySlug(rt.ctx, 'fa', 'politics'))!.id;
  const sports = (await getSectionBySlug(rt.ctx, 'fa', 'sports'))!.id;
  return Array.from({ length: 23 }, (_, i) => ({
    input: {
      lang: 'fa' as const,
      sectionId: i % 3 === 0 ? null : i % 2 ? politics : sports,
      kicker: i % 4 ? '' : 'روتیتر',
      title: `خبر شماره ${i} درباره كتابها و مي شود`,
      lead: 'لید خبر است.',
      body: `<p>متن <strong>خبر</strong> ${i}</p><script>alert(1)</script>`,
      // Tags shared between articles, new ones, one spelled two ways (the first name is kept).
      tags: i % 5 === 0 ? [] : [`برچسب ${i % 4}`, 'مشترک', i % 2 ? 'كتاب' : 'کتاب'],
      authors: i % 6 === 0 ? ['نویسنده یک', `نویسنده ${i % 2}`] : [],
    },
    opts: { importKey: `https://example.test/${i}`, ...(i % 2 ? { publishedAt: new Date(Date.UTC(2026, 10, 1, 0, i)) } : {}) },
  }));
}

async function dump(rt: Rt) {
  const db = rt.ctx.db;
  const articles = await db.selectFrom('articles').selectAll().orderBy('id').execute();
  const tags = await db.selectFrom('tags').selectAll().orderBy('id').execute();
  const articleTags = await db.selectFrom('articleTags').selectAll().orderBy('articleId').orderBy('position').execute();
  const authors = await db.selectFrom('authors').selectAll().orderBy('id').execute();
  const articleAuthors = await db.selectFrom('articleAuthors').selectAll().orderBy('articleId').orderBy('position').execute();
  const revisions = await db.selectFrom('revisions').select(['articleId', 'version', 'data', 'createdAt', 'createdBy', 'note']).orderBy('articleId').execute();
  const audit = await db.selectFrom('auditLog').select(['at', 'userId', 'action', 'articleId', 'details']).orderBy('articleId').execute();
  const counter = await db.selectFrom('counters').selectAll().execute();
  const found: number[][] = [];
  for (const q of ['کتاب', 'خبر', 'مشترک', 'می‌شود']) {
    const r = await rt.search!.search({ q, limit: 100, page: 1, sort: 'date', includeUnpublished: true });
    found.push(r.items.map((h) => h.code));
  }
  return { articles, tags, articleTags, authors, articleAuthors, revisions, audit, counter, found };
}

test('createArticles stores exactly what createArticle one by one stores', async (t) => {
  const one = await buildRuntime(t);
  const returnedOne = [];
  for (const { input, opts } of await inputs(one)) returnedOne.push(await createArticle(one.ctx, input, opts));
  const many = await buildRuntime(t);
  const returnedMany = await createArticles(many.ctx, await inputs(many));
  assert.deepEqual(returnedMany, returnedOne);
  assert.deepEqual(await dump(many), await dump(one));
  assert.deepEqual(returnedMany.map((a) => a.code), Array.from({ length: 23 }, (_, i) => 100001 + i));
});

test('createArticles names the failing item and writes nothing', async (t) => {
  const rt = await buildRuntime(t);
  const list = await inputs(rt);
  list[7]!.input = { ...list[7]!.input, title: '' };
  const e = await createArticles(rt.ctx, list).then(() => assert.fail('expected a rejection'), (e: unknown) => e);
  assert.ok(e instanceof ChaparError);
  assert.equal((e as ChaparError & { batchIndex?: number }).batchIndex, 7);
  list[7]!.input = { ...list[7]!.input, title: 'درست', sectionId: 999_999 };
  const e2 = await createArticles(rt.ctx, list).then(() => assert.fail('expected a rejection'), (e: unknown) => e);
  assert.ok(e2 instanceof ChaparError && /Unknown section/.test(e2.message));
  assert.equal((e2 as ChaparError & { batchIndex?: number }).batchIndex, 7);
  const n = await rt.ctx.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  assert.equal(Number(n.n), 0);
  // No code was used up by the failed batches.
  assert.equal((await createArticles(rt.ctx, list.slice(0, 1)))[0]!.code, 100001);
});
