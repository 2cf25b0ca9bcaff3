import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { runChapar } from '../helpers/process.js';
import { freshDatabase } from '../helpers/runtime.js';
import { createRuntime } from '../../src/app.js';
import { loadConfig } from '../../src/platform/config.js';
import { createLogger } from '../../src/platform/logger.js';

/** `chapar import dataset …` from the sources (the built CLI may be older than them). */
const chaparImport = (files: string[], env: Record<string, string>) => runChapar(['import', 'dataset', ...files], { CHAPAR_DEMO: '0', ...env });

const items = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ title: `خبر شماره ${i}`, abstract: 'خبرگزاری فارس: لید خبر', paragraphs: [`به گزارش خبرنگار فارس از قزوین، متن ${i}.`], cat: 'economy', link: `https://example.test/n/${i}` }));

test('chapar import dataset imports in its import thread, reports per file, and adds nothing the second time', async (t) => {
  const db = await freshDatabase();
  t.after(() => db.cleanup());
  const file = path.join(db.dataDir, 'news.json');
  fs.writeFileSync(file, JSON.stringify(items(150)));
  const env = { CHAPAR_DATA_DIR: db.dataDir, CHAPAR_DATABASE_URL: db.url };
  const first = await chaparImport([file], env);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /^news\.json: 150 added, 0 already imported \(of 150\)\ntotal: 150 added, 0 already imported\n$/);
  assert.match(first.stderr, /import news\.json 150\/150 \(100%\)/);
  const second = await chaparImport([file], env);
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stdout, /news\.json: 0 added, 150 already imported/);
});

test('chapar import dataset names the bad item and field, and exits with 1', async (t) => {
  const db = await freshDatabase();
  t.after(() => db.cleanup());
  const file = path.join(db.dataDir, 'bad.json');
  fs.writeFileSync(file, JSON.stringify([...items(2), { title: 'بی‌پیوند', link: '' }]));
  const r = await chaparImport([file], { CHAPAR_DATA_DIR: db.dataDir, CHAPAR_DATABASE_URL: db.url });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /chapar: .*bad\.json: item 3, field "link": link is empty/);
  assert.match(r.stderr, /- 2\.link: link is empty/);
});

test('chapar import dataset reports a bad configuration before it starts', async () => {
  const r = await chaparImport(['/nonexistent.json'], { PORT: 'abc' });
  assert.equal(r.code, 78);
  assert.match(r.stderr, /PORT/);
});

// Several files: each its own transaction, in order, while the next file is read and prepared
// during the previous one's writes.
const itemsOf = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({ title: `خبر ${prefix} شماره ${i}`, abstract: 'خبرگزاری فارس: لید خبر', paragraphs: [`به گزارش خبرنگار فارس از قزوین، متن ${i}.`], cat: 'economy', link: `https://example.test/${prefix}/${i}` }));

/** The import keys (original links) in the database, by their prefix. */
async function importedByPrefix(env: Record<string, string>): Promise<Record<string, number>> {
  const rt = await createRuntime(loadConfig({ ...env, CHAPAR_DEMO: '0' }), { logger: createLogger('silent') });
  try {
    const rows = await rt.ctx.db.selectFrom('articles').select('importKey').where('importKey', 'is not', null).execute();
    const out: Record<string, number> = {};
    for (const r of rows) {
      const prefix = String(r.importKey).split('/')[3]!;
      out[prefix] = (out[prefix] ?? 0) + 1;
    }
    return out;
  } finally {
    await rt.close();
  }
}

test('chapar import dataset imports several files in order, one transaction each', async (t) => {
  const db = await freshDatabase();
  t.after(() => db.cleanup());
  const env = { CHAPAR_DATA_DIR: db.dataDir, CHAPAR_DATABASE_URL: db.url };
  const files = ['a', 'b', 'c'].map((p, k) => {
    const f = path.join(db.dataDir, `${p}.json`);
    // b repeats two of a's links: they are skipped there, since a committed before b's transaction
    const own = itemsOf(p, 120 + k * 10);
    fs.writeFileSync(f, JSON.stringify(p === 'b' ? [...own, ...itemsOf('a', 2)] : own));
    return f;
  });
  const r = await chaparImport(files, env);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, 'a.json: 120 added, 0 already imported (of 120)\nb.json: 130 added, 2 already imported (of 132)\nc.json: 140 added, 0 already imported (of 140)\ntotal: 390 added, 2 already imported\n');
  assert.deepEqual(await importedByPrefix(env), { a: 120, b: 130, c: 140 });
});

test('chapar import dataset stops at a bad file: the files before it stay, it and the ones after add nothing', async (t) => {
  const db = await freshDatabase();
  t.after(() => db.cleanup());
  const env = { CHAPAR_DATA_DIR: db.dataDir, CHAPAR_DATABASE_URL: db.url };
  const write = (name: string, data: unknown) => {
    const f = path.join(db.dataDir, name);
    fs.writeFileSync(f, JSON.stringify(data));
    return f;
  };
  const a = write('a.json', itemsOf('a', 100));
  // the bad item (its title over 300 letters) passes the file's checks and fails at its save,
  // after chunks of the file were already written in its transaction
  const b = write('b.json', [...itemsOf('b', 250), { title: 'خبر '.repeat(100), link: 'https://example.test/b/x', paragraphs: ['متن'] }]);
  const c = write('c.json', itemsOf('c', 100));
  const r = await chaparImport([a, b, c], env);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^a\.json: 100 added, 0 already imported \(of 100\)\n$/);
  assert.match(r.stderr, /b\.json: item 251: .*title/);
  assert.doesNotMatch(r.stderr, /c\.json/);
  assert.deepEqual(await importedByPrefix(env), { a: 100 });
});
