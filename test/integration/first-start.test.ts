import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRuntime } from '../../src/app.js';
import { deleteArticle } from '../../src/content/articles/delete-article.js';
import { trashArticle } from '../../src/content/articles/trash-article.js';
import { loadConfig } from '../../src/platform/config.js';
import { createLogger } from '../../src/platform/logger.js';
import { setupInstall } from '../../src/setup.js';
import { buildArticle, buildUser } from '../helpers/factories.js';
import { spawnChapar } from '../helpers/process.js';
import { buildRuntime, freshDatabase } from '../helpers/runtime.js';

/** Demo on, with the few built-in demo articles (no datasets folder). */
const DEMO_ENV = { CHAPAR_DEMO: '1', CHAPAR_DATASETS_DIR: '/nonexistent' };
const BUILT_IN_DEMO_ARTICLES = 5;

test('a first start after a reporter was created from the CLI still creates the admin and loads the demo', async (t) => {
  const db = await freshDatabase();
  t.after(() => db.cleanup());
  const env = { PORT: '0', CHAPAR_DATA_DIR: db.dataDir, CHAPAR_DATABASE_URL: db.url, CHAPAR_ADMIN_EMAIL: 'chief@example.test', ...DEMO_ENV };
  const reporter = spawnChapar(['user', 'create', '--email', 'r@example.test', '--role', 'reporter'], env);
  assert.equal((await reporter.exited).code, 0, reporter.stderr());

  const p = spawnChapar(['serve'], env);
  t.after(() => p.child.kill('SIGKILL'));
  await p.waitFor(/Chapar is serving/);
  assert.match(p.stdout(), /e-mail:\s+chief@example\.test/);
  assert.match(p.stdout(), /password: \S{16,}/);
  p.child.kill('SIGTERM');
  assert.equal((await p.exited).code, 0, p.stderr());

  const rt = await createRuntime(loadConfig({ CHAPAR_DATA_DIR: db.dataDir, CHAPAR_DATABASE_URL: db.url }), { logger: createLogger('silent'), migrate: false });
  t.after(() => rt.close());
  const users = await rt.handle.db.selectFrom('users').select(['email', 'role']).orderBy('email').execute();
  assert.deepEqual(users, [{ email: 'chief@example.test', role: 'admin' }, { email: 'r@example.test', role: 'reporter' }]);
  const { n } = await rt.handle.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  assert.equal(Number(n), BUILT_IN_DEMO_ARTICLES);
});

test('the demo content is loaded once per install: deleting its articles does not bring it back', async (t) => {
  const rt = await buildRuntime(t, { env: DEMO_ENV });
  const first = await setupInstall(rt);
  assert.equal(first.demoArticles, BUILT_IN_DEMO_ARTICLES);
  assert.equal(first.adminCreated, true);
  for (const { id } of await rt.handle.db.selectFrom('articles').select('id').execute()) {
    await trashArticle(rt.ctx, id);
    await deleteArticle(rt.ctx, id);
  }
  const again = await setupInstall(rt);
  assert.deepEqual(again, { adminCreated: false, demoArticles: 0 });
  assert.equal((await rt.handle.db.selectFrom('articles').select('id').execute()).length, 0);
});

test('an install that has articles of its own before its first start gets no demo content, ever', async (t) => {
  const rt = await buildRuntime(t, { env: DEMO_ENV });
  const own = await buildArticle(rt);
  assert.equal((await setupInstall(rt)).demoArticles, 0);
  await trashArticle(rt.ctx, own.id);
  await deleteArticle(rt.ctx, own.id);
  assert.equal((await setupInstall(rt)).demoArticles, 0);
  assert.equal((await rt.handle.db.selectFrom('articles').select('id').execute()).length, 0);
});

test('with demo off nothing is loaded, and a later start with demo on loads it into the still empty install', async (t) => {
  const rt = await buildRuntime(t, { env: { CHAPAR_DEMO: '0', CHAPAR_DATASETS_DIR: '/nonexistent' } });
  assert.equal((await setupInstall(rt)).demoArticles, 0);
  rt.config.demo = true;
  assert.equal((await setupInstall(rt)).demoArticles, BUILT_IN_DEMO_ARTICLES);
});

test('no admin, and CHAPAR_ADMIN_EMAIL taken by a user who is not one: the start goes on without creating one', async (t) => {
  const rt = await buildRuntime(t, { env: { CHAPAR_DEMO: '0', CHAPAR_ADMIN_EMAIL: 'taken@example.test' } });
  await buildUser(rt, 'chief_editor', { email: 'taken@example.test' });
  assert.deepEqual(await setupInstall(rt), { adminCreated: false, demoArticles: 0 });
  const admins = await rt.handle.db.selectFrom('users').select('id').where('role', '=', 'admin').execute();
  assert.equal(admins.length, 0);
});
