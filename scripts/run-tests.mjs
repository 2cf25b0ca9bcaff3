#!/usr/bin/env node
// Runs the whole suite with node's test runner: unit tests beside the code (src/**/*.test.ts)
// and integration/e2e tests (test/**/*.test.ts). The database under test is SQLite unless
// CHAPAR_DATABASE_URL points at PostgreSQL (each test then gets its own schema there).
// Extra arguments are passed to `node --test` (e.g. a file path to run just that file).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
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
// What the suite needs beyond npm packages: Debian's Chromium (browser tests), Java 17 (the
// Nu HTML Checker), a Redis server on 127.0.0.1:6379 (the cross-process relay) and, for the text
// engine's compound tests, myspell-fa. On a fresh Debian machine, as root, they are installed or
// started here; otherwise say what is missing.
function have(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}
const missing = [];
if (!existsSync('/usr/bin/chromium')) missing.push('chromium');
if (!have('java')) missing.push('openjdk-17-jre-headless');
// Debian's hunspell list gives the text engine its ZWNJ compounds (src/text/lexicon.ts); the
// engine works without it, but the tests of what it adds then skip (and fail in CI).
const hasFaDic = existsSync('/usr/share/hunspell/fa_IR.dic') || existsSync(path.join(root, 'data/lexicon/fa_IR.dic')) || !!process.env.CHAPAR_FA_DIC;
if (!hasFaDic && process.getuid?.() === 0 && have('apt-get')) missing.push('myspell-fa');
else if (!hasFaDic) console.log('note: no hunspell fa_IR.dic (apt-get install myspell-fa, or scripts/fetch-lexicon.sh): the ZWNJ-compound tests will skip');
if (missing.length) {
  if (process.getuid?.() === 0 && have('apt-get')) {
    console.log(`installing ${missing.join(', ')} (apt-get)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const r = spawnSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
    if (r.status !== 0) process.exit(r.status ?? 1);
  } else {
    console.error(`The tests need these Debian packages: ${missing.join(', ')} (sudo apt-get install ${missing.join(' ')}).`);
    process.exit(1);
  }
}
if (spawnSync('redis-cli', ['-h', '127.0.0.1', '-p', '6379', 'ping'], { stdio: 'ignore' }).status !== 0) {
  if (have('redis-server')) {
    console.log('starting redis-server on 127.0.0.1:6379…');
    spawnSync('redis-server', ['--daemonize', 'yes', '--bind', '127.0.0.1', '--port', '6379', '--save', '', '--appendonly', 'no'], { stdio: 'inherit' });
  } else {
    console.error('The tests need a Redis server on 127.0.0.1:6379 (apt-get install redis-server).');
    process.exit(1);
  }
}

const args = process.argv.slice(2);
const files = args.some((a) => !a.startsWith('-')) ? [] : [...find(path.join(root, 'src')), ...find(path.join(root, 'test'))].sort();
const env = { ...process.env, TZ: 'UTC', CHAPAR_LOG_LEVEL: process.env.CHAPAR_LOG_LEVEL ?? 'silent' };
const db = /^postgres/.test(env.CHAPAR_DATABASE_URL ?? '') ? 'PostgreSQL' : 'SQLite';
console.log(`chapar tests on ${db}: ${files.length || 'selected'} files`);
/**
 * On PostgreSQL each test makes a database named with this run's prefix; they are dropped once
 * all tests have ended (only this run's: another suite may be using the same server).
 */
env.CHAPAR_TEST_DB_PREFIX = `chapar_t${process.pid}_`;
async function dropTestDatabases() {
  if (db !== 'PostgreSQL') return;
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: env.CHAPAR_DATABASE_URL });
  await c.connect();
  const { rows } = await c.query('select datname from pg_database where starts_with(datname, $1)', [env.CHAPAR_TEST_DB_PREFIX]);
  for (const { datname } of rows) await c.query(`drop database if exists "${datname}" with (force)`);
  await c.end();
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-timeout=120000', ...args, ...files], { cwd: root, env, stdio: 'inherit' });
await dropTestDatabases();
process.exit(r.status ?? 1);
