import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spawnChapar } from '../helpers/process.js';
import { freshDatabase } from '../helpers/runtime.js';

test('chapar migrate names the migrations it applied, then says up to date', async (t) => {
  const db = await freshDatabase();
  t.after(() => db.cleanup());
  const env = { CHAPAR_DATA_DIR: db.dataDir, CHAPAR_DATABASE_URL: db.url };
  const first = spawnChapar(['migrate'], env);
  assert.equal((await first.exited).code, 0, first.stderr());
  assert.match(first.stdout(), /^migrations: applied 20261128-0001-initial, 20261201-0001-newsroom(, [\w-]+)*\n$/);
  const second = spawnChapar(['migrate'], env);
  assert.equal((await second.exited).code, 0, second.stderr());
  assert.equal(second.stdout(), 'migrations: up to date\n');
});
