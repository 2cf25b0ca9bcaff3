import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test } from 'node:test';
import { publishArticle } from '../../src/content/articles/publish-article.js';
import { publishDueArticles } from '../../src/content/articles/publish-due-articles.js';
import type { JobRunner } from '../../src/platform/jobs.js';
import { fixedClock } from '../../src/platform/clock.js';
import { buildArticle } from '../helpers/factories.js';
import { ROOT } from '../helpers/process.js';
import { buildTestApp, DIALECT } from '../helpers/runtime.js';

const T0 = new Date('2026-11-28T07:00:00Z');

test('publishes a scheduled article at its time, not before, through the job runner', async (t) => {
  const clock = fixedClock(T0);
  const { rt } = await buildTestApp(t, { clock });
  const jobs = rt.services.newsroomJobs as JobRunner;
  const a = await buildArticle(rt);
  await publishArticle(rt.ctx, a.id, { at: new Date(T0.getTime() + 10 * 60_000) });
  const published: number[] = [];
  rt.events.subscribe((e) => {
    if (e.type === 'article.published') published.push(e.articleId);
  });
  await jobs.runNow('publish-scheduled');
  assert.equal((await rt.ctx.db.selectFrom('articles').select('status').where('id', '=', a.id).executeTakeFirstOrThrow()).status, 'scheduled');
  clock.advance(10 * 60_000);
  await jobs.runNow('publish-scheduled');
  const row = await rt.ctx.db.selectFrom('articles').selectAll().where('id', '=', a.id).executeTakeFirstOrThrow();
  assert.equal(row.status, 'published');
  assert.equal(Number(row.publishedAt), T0.getTime() + 10 * 60_000, 'published at the announced time');
  assert.equal(row.scheduledAt, null);
  assert.deepEqual(published, [a.id]);
  await jobs.runNow('publish-scheduled');
  assert.deepEqual(published, [a.id], 'a second run finds nothing to do');
});

/** Runs the scheduler once in a separate process on the same database, starting at `startAt`. */
function runnerProcess(url: string, now: number, startAt: number): Promise<number[]> {
  const code = `
    import { openDatabase } from './src/db/connection.js';
    import { EventBus } from './src/platform/events.js';
    import { publishDueArticles } from './src/content/articles/publish-due-articles.js';
    const h = openDatabase(process.env.RUN_URL);
    const ctx = { db: h.db, dialect: h.dialect, clock: { now: () => new Date(Number(process.env.RUN_NOW)) }, events: new EventBus(), actor: null, indexers: [] };
    await h.db.selectFrom('articles').select('id').limit(1).execute();
    while (Date.now() < Number(process.env.RUN_START)) await new Promise((r) => setTimeout(r, 5));
    const out = await publishDueArticles(ctx);
    process.stdout.write(JSON.stringify(out.map((a) => a.id)));
    await h.close();
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', TZ: 'UTC', RUN_URL: url, RUN_NOW: String(now), RUN_START: String(startAt) },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (status) => (status === 0 ? resolve(JSON.parse(out)) : reject(new Error(`runner failed (${status}): ${err}`))));
  });
}

test(`two scheduler processes on one ${DIALECT} database never publish an article twice`, async (t) => {
  const clock = fixedClock(T0);
  const { rt } = await buildTestApp(t, { clock });
  const ids: number[] = [];
  for (let i = 0; i < 40; i++) {
    const a = await buildArticle(rt);
    await publishArticle(rt.ctx, a.id, { at: new Date(T0.getTime() + 60_000 + i) });
    ids.push(a.id);
  }
  const later = T0.getTime() + 3_600_000;
  const startAt = Date.now() + 2500;
  const [x, y] = await Promise.all([runnerProcess(rt.config.databaseUrl, later, startAt), runnerProcess(rt.config.databaseUrl, later, startAt)]);
  const both = x.filter((id) => y.includes(id));
  assert.deepEqual(both, [], 'no article was published by both runners');
  assert.deepEqual([...x, ...y].sort((p, q) => p - q), ids, 'every due article was published');

  const rows = await rt.ctx.db.selectFrom('articles').select(['id', 'status', 'version']).where('id', 'in', ids).execute();
  assert.ok(rows.every((r) => r.status === 'published' && r.version === 3));
  const revs = await rt.ctx.db.selectFrom('revisions').select('articleId').where('note', '=', 'published on schedule').execute();
  assert.equal(revs.length, ids.length, 'exactly one publication revision per article');
  const audit = await rt.ctx.db.selectFrom('auditLog').select('articleId').where('action', '=', 'article.publish_scheduled').execute();
  assert.equal(audit.length, ids.length);
});

test('two runners in one process racing over the same rows publish each article once', async (t) => {
  const clock = fixedClock(T0);
  const { rt } = await buildTestApp(t, { clock });
  const ids: number[] = [];
  for (let i = 0; i < 10; i++) {
    const a = await buildArticle(rt);
    await publishArticle(rt.ctx, a.id, { at: new Date(T0.getTime() + 1000) });
    ids.push(a.id);
  }
  clock.advance(5000);
  const [x, y] = await Promise.all([publishDueArticles(rt.ctx), publishDueArticles(rt.ctx)]);
  assert.equal(x.length + y.length, ids.length);
  assert.deepEqual(x.filter((a) => y.some((b) => b.id === a.id)), []);
});
