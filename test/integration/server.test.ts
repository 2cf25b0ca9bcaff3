import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { DEFAULT_SECTIONS, type SectionSeed } from '../../src/content/sections/default-sections.js';
import { openDatabase } from '../../src/db/connection.js';
import { loadConfig } from '../../src/platform/config.js';
import { startServer } from '../../src/server.js';
import { spawnChapar } from '../helpers/process.js';
import { DIALECT, freshDatabase, type TestDb } from '../helpers/runtime.js';

/** What a stopped server left in its database, read by opening it again. */
async function readBack(db: TestDb) {
  const h = openDatabase(db.url);
  try {
    const sections = await h.db.selectFrom('sections').select(['lang', 'slug']).execute();
    const articles = await h.db.selectFrom('articles').select(['lang', 'status']).execute();
    const demo = await h.db.selectFrom('counters').select('value').where('name', '=', 'demo_content').executeTakeFirst();
    return { sections, articles, demoState: demo ? Number(demo.value) : undefined };
  } finally {
    await h.close();
  }
}

/** On SQLite, a database closed cleanly leaves no write-ahead log behind. */
function assertNoWal(db: TestDb) {
  if (DIALECT === 'sqlite') assert.equal(fs.existsSync(`${db.url.replace(/^sqlite:/, '')}-wal`), false, 'the database was closed (no -wal file left)');
}

const slugsOf = (seeds: SectionSeed[]): string[] => seeds.flatMap((s) => [s.slug, ...slugsOf(s.children ?? [])]);

test('the server starts on an empty data dir, sets it up, serves /healthz and stops cleanly on SIGTERM', async (t) => {
  const db = await freshDatabase();
  t.after(() => db.cleanup());
  const env = { PORT: '0', CHAPAR_DATA_DIR: db.dataDir, CHAPAR_DATABASE_URL: db.url, CHAPAR_DEMO: '1', CHAPAR_DATASETS_DIR: '/nonexistent', CHAPAR_ADMIN_EMAIL: 'chief@example.test' };
  const p = spawnChapar(['serve'], env);
  t.after(() => p.child.kill('SIGKILL'));
  const [, url] = await p.waitFor(/Chapar is serving (http:\/\/[^\s]+)/);
  assert.match(p.stdout(), /e-mail:\s+chief@example\.test/);
  const password = p.stdout().match(/password: (\S+)/)?.[1];
  assert.ok(password && password.length >= 16, 'a generated admin password is printed');

  const health = await fetch(`${url}/healthz`);
  assert.equal(health.status, 200);
  assert.equal((await health.json()).status, 'ok');

  p.child.kill('SIGTERM');
  const exit = await p.exited;
  assert.equal(exit.code, 0, `clean exit; stderr: ${p.stderr()}`);
  assertNoWal(db);

  // The default sections of every edition and the built-in demo articles (no datasets here), published.
  const back = await readBack(db);
  for (const [lang, seeds] of Object.entries(DEFAULT_SECTIONS)) {
    assert.deepEqual(back.sections.filter((s) => s.lang === lang).map((s) => s.slug).sort(), slugsOf(seeds).sort(), `${lang} sections`);
  }
  assert.deepEqual(back.articles.map((a) => `${a.lang} ${a.status}`).sort(), ['ar published', 'en published', 'fa published', 'fa published', 'fa published']);

  // Second start on the same data: no new admin, no password printed again.
  const p2 = spawnChapar(['serve'], env);
  t.after(() => p2.child.kill('SIGKILL'));
  await p2.waitFor(/Chapar is serving/);
  assert.doesNotMatch(p2.stdout(), /password:/);
  p2.child.kill('SIGTERM');
  assert.equal((await p2.exited).code, 0);
});

test('SIGTERM while the first start loads demo content stops it between files, cleanly; the next start finishes it', async (t) => {
  const db = await freshDatabase();
  t.after(() => db.cleanup());
  // Demo datasets of a few files, each imported in a transaction of its own.
  const FILES = 4;
  const PER_FILE = 200;
  const datasets = path.join(db.dataDir, 'datasets');
  fs.mkdirSync(datasets);
  for (let f = 0; f < FILES; f++) {
    const items = Array.from({ length: PER_FILE }, (_, i) => ({ title: `خبر ${f}-${i}`, abstract: 'خبرگزاری فارس: لید خبر', paragraphs: [`به گزارش خبرنگار فارس، متن ${f}-${i}.`], cat: 'economy', link: `https://example.test/${f}/${i}` }));
    fs.writeFileSync(path.join(datasets, `demo-${f}.json`), JSON.stringify(items));
  }
  const env = { PORT: '0', CHAPAR_DATA_DIR: db.dataDir, CHAPAR_DATABASE_URL: db.url, CHAPAR_DEMO: '1', CHAPAR_DATASETS_DIR: datasets };

  const p = spawnChapar(['serve'], { ...env, CHAPAR_LOG_LEVEL: 'info' });
  t.after(() => p.child.kill('SIGKILL'));
  await p.waitFor(/"msg":"demo content: loading"/);
  p.child.kill('SIGTERM');
  const exit = await p.exited;
  assert.equal(exit.code, 0, `clean exit; stderr: ${p.stderr()}`);
  assert.equal(p.stderr(), '');
  assert.doesNotMatch(p.stdout(), /Chapar is serving|password:/, 'stopped before serving and before creating the admin');
  assert.match(p.stdout(), /"msg":"shutting down before serving"/);
  assertNoWal(db);
  const partial = await readBack(db);
  assert.ok(partial.articles.length < FILES * PER_FILE, `stopped before the last file (${partial.articles.length} articles)`);
  assert.equal(partial.articles.length % PER_FILE, 0, 'whole files only');
  assert.equal(partial.demoState, 1, 'recorded as still loading');

  const p2 = spawnChapar(['serve'], env);
  t.after(() => p2.child.kill('SIGKILL'));
  await p2.waitFor(/Chapar is serving/);
  assert.match(p2.stdout(), /password: \S{16,}/, 'the start that finishes the setup creates the admin');
  p2.child.kill('SIGTERM');
  assert.equal((await p2.exited).code, 0, p2.stderr());
  const full = await readBack(db);
  assert.equal(full.articles.length, FILES * PER_FILE, 'the rest of the demo was loaded, nothing twice');
  assert.equal(full.demoState, 2);
});

test('bad configuration stops the process with a message naming the variable', async () => {
  const p = spawnChapar(['serve'], { PORT: 'abc', CHAPAR_DATABASE_URL: 'mysql://nope' });
  const exit = await p.exited;
  assert.equal(exit.code, 78);
  assert.match(p.stderr(), /PORT: must be a number \(got "abc"\)/);
  assert.match(p.stderr(), /CHAPAR_DATABASE_URL: must be postgres/);
});

test('the CLI explains unknown commands', async () => {
  const p = spawnChapar(['frobnicate'], {});
  assert.equal((await p.exited).code, 2);
  assert.match(p.stderr(), /unknown command "frobnicate"/);
});

test('chapar user create creates a user once, and names each bad field in words', async (t) => {
  const db = await freshDatabase();
  t.after(() => db.cleanup());
  const env = { CHAPAR_DATA_DIR: db.dataDir, CHAPAR_DATABASE_URL: db.url };
  const ok = spawnChapar(['user', 'create', '--email', 'reporter@example.test', '--role', 'reporter'], env);
  assert.equal((await ok.exited).code, 0, ok.stderr());
  assert.match(ok.stdout(), /created reporter reporter@example\.test/);
  assert.match(ok.stdout(), /password: \S{16,}/);
  const bad = spawnChapar(['user', 'create', '--email', 'not-an-address', '--role', 'janitor'], env);
  assert.equal((await bad.exited).code, 1);
  assert.match(bad.stderr(), /Invalid user: /);
  assert.match(bad.stderr(), /- email: This is not a valid e-mail address\./);
  assert.match(bad.stderr(), /- role: This value is not valid\./);
});

test('a graceful stop lets a request in flight finish, then refuses new connections', async (t) => {
  const db = await freshDatabase();
  t.after(() => db.cleanup());
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  let entered!: () => void;
  const inHandler = new Promise<void>((r) => (entered = r));
  const server = await startServer(
    loadConfig({ PORT: '0', CHAPAR_DATA_DIR: db.dataDir, CHAPAR_DATABASE_URL: db.url, CHAPAR_DEMO: '0', CHAPAR_LOG_LEVEL: 'silent', CHAPAR_ADMIN_PASSWORD: 'a-long-test-password' }),
    () => {},
    { configure: (app) => app.get('/slow', async () => { entered(); await gate; return { done: true }; }) },
  );
  const pending = fetch(`${server.url}/slow`).then(async (r) => ({ status: r.status, body: await r.json() }));
  await inHandler;
  let stopped = false;
  const stopping = server.stop().then(() => (stopped = true));
  await new Promise((r) => setTimeout(r, 100));
  assert.equal(stopped, false, 'stop waits for the request in flight');
  release();
  assert.deepEqual(await pending, { status: 200, body: { done: true } });
  await stopping;
  await assert.rejects(fetch(`${server.url}/healthz`), 'no new connections after the stop');
});
