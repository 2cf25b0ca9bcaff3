import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { sql } from 'kysely';
import { runReindex } from '../../src/cli/reindex-command.js';
import { buildPublishedArticle } from '../helpers/factories.js';
import { buildRuntime, DIALECT } from '../helpers/runtime.js';

test(`chapar reindex rebuilds the index from the articles and reports progress (${DIALECT})`, async (t) => {
  const rt = await buildRuntime(t);
  const made = [];
  for (let i = 0; i < 5; i++) made.push(await buildPublishedArticle(rt, { title: `گزارش ${i} دربارهٔ زلزله`, at: new Date(Date.UTC(2026, 10, 20 + i)) }));
  const before = await rt.search!.search({ q: 'زلزله', lang: 'fa', limit: 10, page: 1 });

  // lose the index behind the application's back: search finds nothing until it is rebuilt
  await sql`delete from search_docs`.execute(rt.handle.db);
  if (DIALECT === 'sqlite') await sql`insert into search_fts (search_fts) values ('delete-all')`.execute(rt.handle.db);
  assert.equal((await rt.search!.search({ q: 'زلزله', lang: 'fa', limit: 10, page: 1 })).total, 0);

  let out = '';
  const stderr = Object.assign(new Writable({ write: (c, _e, cb) => ((out += String(c)), cb()) }), { isTTY: false }) as unknown as NodeJS.WriteStream;
  assert.equal(await runReindex(rt, stderr), 5);
  assert.match(out, /reindex \((sqlite|postgres)\) 5\/5 \(100%\)/);
  assert.match(out, /5 articles indexed/);
  const after = await rt.search!.search({ q: 'زلزله', lang: 'fa', limit: 10, page: 1 });
  assert.deepEqual(after.items.map((h) => h.code), before.items.map((h) => h.code));
  assert.equal(after.total, 5);
});

test(`a new index on a database that already has articles fills itself at start (${DIALECT})`, async (t) => {
  const rt = await buildRuntime(t);
  const a = await buildPublishedArticle(rt, { title: 'خبر پیش از جست‌وجو دربارهٔ سیل' });
  await sql`drop table search_docs`.execute(rt.handle.db);
  if (DIALECT === 'sqlite') await sql`drop table search_fts`.execute(rt.handle.db);
  await sql`delete from search_meta`.execute(rt.handle.db);
  await rt.search!.ensureSchema();
  assert.deepEqual((await rt.search!.search({ q: 'سیل', lang: 'fa', limit: 10, page: 1 })).items.map((h) => h.code), [a.code]);
});
