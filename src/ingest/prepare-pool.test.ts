import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { CreateArticleInput } from '../content/articles/article-input.js';
import { prepareArticle } from '../content/articles/create-article.js';
import { ChaparError } from '../platform/errors.js';
import { poolSize, queuePrepare, stopPreparePool } from './prepare-pool.js';

after(() => stopPreparePool());

/** More chunks than the pool's workers hold at once (two each), so the last ones are still waiting. */
const moreThanHeld = () => poolSize() * 2 + 2;

const input = (i: number): CreateArticleInput => ({
  lang: 'fa',
  title: `گزارش شماره ${i} از  بازار ، امروز`,
  lead: 'خبرگزاری فارس: قیمت ها در بازار افزايش يافت .',
  body: `<p>به گزارش خبرنگار فارس از قزوین، این خبر "مهم" است &amp; ادامه دارد ${i}.</p>\n<p>می شود گفت که کتابهای جدید رسید.</p>`,
  tags: ['اقتصاد', 'بازار '],
});

test('a chunk prepared by a worker is what a save in this thread would prepare, for every queued chunk', async () => {
  const inputs = Array.from({ length: 8 }, (_, i) => input(i));
  const jobs = Array.from({ length: moreThanHeld() }, (_, k) => queuePrepare(inputs, [1_000_000, k]));
  const expected = inputs.map((x) => prepareArticle(x));
  for (const r of await Promise.all(jobs.map((j) => j.result))) assert.deepEqual(r, expected);
});

test('a bad input comes back as the error its save would throw', async () => {
  const inputs = [input(1), { ...input(2), title: '  ' }];
  const jobs = Array.from({ length: moreThanHeld() }, (_, k) => queuePrepare(inputs, [1_000_001, k]));
  for (const r of await Promise.all(jobs.map((j) => j.result))) {
    assert.ok(!(r[0] instanceof ChaparError));
    assert.ok(r[1] instanceof ChaparError);
    assert.equal(r[1].code, 'CHAPAR_CONTENT_INVALID');
    assert.deepEqual(r[1].fields.map((f) => f.field), ['title']);
  }
});

test('a cancelled chunk is not prepared', async () => {
  const jobs = Array.from({ length: moreThanHeld() }, (_, k) => queuePrepare([input(k)], [1_000_002, k]));
  const last = jobs.at(-1)!;
  last.cancel();
  assert.deepEqual(await last.result, []);
  last.cancel(); // a second cancel changes nothing
  assert.deepEqual(await last.result, []);
  for (const r of await Promise.all(jobs.slice(0, -1).map((j) => j.result))) assert.equal(r.length, 1);
});

test('chunks held by a worker that stops fail with the reason instead of waiting for ever', { timeout: 30_000 }, async () => {
  const inputs = Array.from({ length: 8 }, (_, i) => input(i));
  const jobs = Array.from({ length: moreThanHeld() }, (_, k) => queuePrepare(inputs, [1_000_003, k]));
  const outcomes = Promise.allSettled(jobs.map((j) => j.result));
  await stopPreparePool();
  // A new chunk starts a new worker, which also takes the chunks no worker had taken.
  assert.equal((await queuePrepare(inputs, [1_000_004, 0]).result).length, inputs.length);
  const settled = await outcomes;
  for (const r of settled) {
    if (r.status === 'fulfilled') assert.equal(r.value.length, inputs.length);
    else assert.match(String(r.reason), /worker stopped|preparation worker failed/);
  }
  assert.ok(settled.some((r) => r.status === 'rejected'), 'the chunks the stopped worker held failed');
});
