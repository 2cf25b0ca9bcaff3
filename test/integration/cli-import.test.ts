import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../helpers/process.js';
import { freshDatabase } from '../helpers/runtime.js';

/** `chapar import dataset …` from the sources (the built CLI may be older than them). */
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
