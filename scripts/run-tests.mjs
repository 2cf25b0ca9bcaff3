#!/usr/bin/env node
// Runs the whole suite with node's test runner: unit tests beside the code (src/**/*.test.ts)
// and integration/e2e tests (test/**/*.test.ts). The database under test is SQLite unless
// CHAPAR_DATABASE_URL points at PostgreSQL (each test then gets its own schema there).
// Extra arguments are passed to `node --test` (e.g. a file path to run just that file).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
function find(dir, out = []) {
  let entries = [];
  try { entries = readdirSync(dir); } catch { return out; }
  for (const e of entries) {
    if (e === 'node_modules' || e.startsWith('.')) continue;
    const p = path.join(dir, e);
    if (statSync(p).isDirectory()) find(p, out);
    else if (/\.test\.tsx?$/.test(e)) out.push(path.relative(root, p));
  }
  return out;
}
const args = process.argv.slice(2);
const files = args.some((a) => !a.startsWith('-')) ? [] : [...find(path.join(root, 'src')), ...find(path.join(root, 'test'))].sort();
const env = { ...process.env, TZ: 'UTC', CHAPAR_LOG_LEVEL: process.env.CHAPAR_LOG_LEVEL ?? 'silent' };
const db = /^postgres/.test(env.CHAPAR_DATABASE_URL ?? '') ? 'PostgreSQL' : 'SQLite';
console.log(`chapar tests on ${db}: ${files.length || 'selected'} files`);
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-timeout=120000', ...args, ...files], { cwd: root, env, stdio: 'inherit' });
process.exit(r.status ?? 1);
