import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { openDatabase } from '../../src/db/connection.js';
import { migrateToLatest } from '../../src/db/migrations/index.js';
import { DIALECT, freshDatabase } from '../helpers/runtime.js';

const TABLES = ['languages', 'sections', 'users', 'user_sections', 'authors', 'articles', 'article_authors', 'tags', 'article_tags', 'media', 'revisions', 'counters', 'article_daily_views', 'audit_log'];

test(`migrations build the schema from an empty ${DIALECT} database and are idempotent`, async (t) => {
  const tdb = await freshDatabase();
  const h = openDatabase(tdb.url);
  t.after(async () => {
    await h.close();
    await tdb.cleanup();
  });
  const applied = await migrateToLatest(h.db, h.dialect);
  assert.ok(applied.length >= 1, 'at least the initial migration ran');
  assert.equal(h.dialect, DIALECT);

  const tables =
    h.dialect === 'sqlite'
      ? (await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(h.db)).rows.map((r) => r.name)
      : (await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema()`.execute(h.db)).rows.map((r) => r.name);
  for (const name of TABLES) assert.ok(tables.includes(name), `table ${name} exists`);

  const again = await migrateToLatest(h.db, h.dialect);
  assert.deepEqual(again, [], 'a second run applies nothing');

  const counter = await h.db.selectFrom('counters').select('value').where('name', '=', 'news_code').executeTakeFirstOrThrow();
  assert.equal(Number(counter.value), 100000);
});

// SQLite-only pragmas: defined only when the suite runs on SQLite.
if (DIALECT === 'sqlite') test('SQLite runs in WAL mode with foreign keys on', async (t) => {
  const tdb = await freshDatabase();
  const h = openDatabase(tdb.url);
  t.after(async () => {
    await h.close();
    await tdb.cleanup();
  });
  assert.equal(h.sqlite!.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(h.sqlite!.pragma('foreign_keys', { simple: true }), 1);
  assert.equal(h.sqlite!.pragma('busy_timeout', { simple: true }), 5000);
});
