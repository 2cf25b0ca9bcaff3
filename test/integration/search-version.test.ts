import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { buildPublishedArticle } from '../helpers/factories.js';
import { buildRuntime } from '../helpers/runtime.js';

test('an index built by another analyzer version is rebuilt at start', async (t) => {
  const rt = await buildRuntime(t);
  const a = await buildPublishedArticle(rt, { title: 'نشست هیئت دولت درباره مسئولان' });
  const find = async () => (await rt.search!.search({ q: 'مسؤولان', lang: 'fa', limit: 10, page: 1 })).items.map((h) => h.code);
  assert.deepEqual(await find(), [a.code]);
  // Pretend the stored tokens came from an older analyzer: empty index, old version.
  await sql`update search_meta set value = 'old' where name = 'schema_version'`.execute(rt.ctx.db);
  await sql`delete from search_docs`.execute(rt.ctx.db);
  assert.deepEqual(await find(), []);
  await rt.search!.ensureSchema();
  assert.deepEqual(await find(), [a.code]);
  const v = await sql<{ value: string }>`select value from search_meta where name = 'schema_version'`.execute(rt.ctx.db);
  assert.match(v.rows[0]!.value, /-a\d+$/);
});
