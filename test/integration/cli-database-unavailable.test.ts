import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { spawnChapar } from '../helpers/process.js';
import { freshDatabase, PG_URL } from '../helpers/runtime.js';

const COMMANDS = [['serve'], ['migrate'], ['user', 'create', '--email', 'r@example.test', '--role', 'reporter'], ['reindex'], ['import', 'dataset', '/nonexistent.json']];

/** Runs `args` with `env`; expects exit 1 and one line naming CHAPAR_DATABASE_URL, without a stack. */
async function expectOneLine(args: string[], env: Record<string, string>, line: RegExp) {
  const p = spawnChapar(args, { PORT: '0', CHAPAR_DEMO: '0', ...env });
  const exit = await p.exited;
  assert.equal(exit.code, 1, `${args[0]}: exit 1; stderr: ${p.stderr()}`);
  assert.match(p.stderr(), line, args[0]);
  assert.equal(p.stderr().split('\n').length, 2, `${args[0]}: one line, no stack: ${p.stderr()}`);
  assert.doesNotMatch(p.stdout(), /Chapar is serving|migrations:/, args[0]);
  return p.stderr();
}

test('every command that opens the database reports an unreachable PostgreSQL in one line, password masked', async (t) => {
  const db = await freshDatabase();
  t.after(() => db.cleanup());
  for (const args of COMMANDS) {
    const err = await expectOneLine(args, { CHAPAR_DATA_DIR: db.dataDir, CHAPAR_DATABASE_URL: 'postgres://root:s3cr3t@127.0.0.1:1/x' }, /^chapar: CHAPAR_DATABASE_URL: cannot open the database postgres:\/\/root:\*\*\*@127\.0\.0\.1:1\/x: connect ECONNREFUSED 127\.0\.0\.1:1\n$/);
    assert.doesNotMatch(err, /s3cr3t/);
  }
});

test('an SQLite file in a directory that cannot be created is reported in one line naming CHAPAR_DATABASE_URL', async (t) => {
  const db = await freshDatabase();
  t.after(() => db.cleanup());
  const notADir = path.join(db.dataDir, 'plain-file');
  fs.writeFileSync(notADir, '');
  const url = `sqlite:${notADir}/sub/chapar.db`;
  for (const args of COMMANDS) {
    await expectOneLine(args, { CHAPAR_DATA_DIR: db.dataDir, CHAPAR_DATABASE_URL: url }, /^chapar: CHAPAR_DATABASE_URL: cannot open the database sqlite:\S+\/plain-file\/sub\/chapar\.db: ENOTDIR: not a directory/);
  }
});

const pgUrl = PG_URL;
if (pgUrl) {
  test('a PostgreSQL database that does not exist is reported in one line naming CHAPAR_DATABASE_URL', async (t) => {
    const db = await freshDatabase();
    t.after(() => db.cleanup());
    const u = new URL(pgUrl);
    u.pathname = '/chapar_no_such_database';
    for (const args of [['serve'], ['migrate']]) {
      await expectOneLine(args, { CHAPAR_DATA_DIR: db.dataDir, CHAPAR_DATABASE_URL: u.toString() }, /^chapar: CHAPAR_DATABASE_URL: cannot open the database postgres:\S+\/chapar_no_such_database: database "chapar_no_such_database" does not exist\n$/);
    }
  });
}
