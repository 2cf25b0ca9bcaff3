import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { createRuntime } from '../../src/app.js';
import { loadConfig } from '../../src/platform/config.js';
import { createLogger } from '../../src/platform/logger.js';
import { ROOT } from '../helpers/process.js';
import { freshDatabase } from '../helpers/runtime.js';

// `chapar import dataset A B C`: each file is its own transaction, in order, while the next
// file is read and prepared during the previous one's writes.

function chaparImport(files: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/index.ts'), 'import', 'dataset', ...files], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', TZ: 'UTC', CHAPAR_DEMO: '0', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

const items = (prefix: string, n: number) =>
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
    const own = items(p, 120 + k * 10);
    fs.writeFileSync(f, JSON.stringify(p === 'b' ? [...own, ...items('a', 2)] : own));
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
  const a = write('a.json', items('a', 100));
  // the bad item (its title over 300 letters) passes the file's checks and fails at its save,
  // after chunks of the file were already written in its transaction
  const b = write('b.json', [...items('b', 250), { title: 'خبر '.repeat(100), link: 'https://example.test/b/x', paragraphs: ['متن'] }]);
  const c = write('c.json', items('c', 100));
  const r = await chaparImport([a, b, c], env);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^a\.json: 100 added, 0 already imported \(of 100\)\n$/);
  assert.match(r.stderr, /b\.json: item 251: .*title/);
  assert.doesNotMatch(r.stderr, /c\.json/);
  assert.deepEqual(await importedByPrefix(env), { a: 100 });
});
