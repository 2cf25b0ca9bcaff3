import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, loadConfig } from './config.js';

test('defaults: port 3000 on 127.0.0.1, SQLite under ./data, demo on', () => {
  const c = loadConfig({}, '/srv/chapar');
  assert.equal(c.port, 3000);
  assert.equal(c.host, '127.0.0.1');
  assert.equal(c.dataDir, '/srv/chapar/data');
  assert.equal(c.databaseUrl, 'sqlite:/srv/chapar/data/chapar.db');
  assert.equal(c.dialect, 'sqlite');
  assert.equal(c.demo, true);
  assert.equal(c.publicUrl, 'http://127.0.0.1:3000');
});

test('a postgres URL selects PostgreSQL', () => {
  const c = loadConfig({ CHAPAR_DATABASE_URL: 'postgres://u@127.0.0.1:5432/chapar', CHAPAR_PUBLIC_URL: 'https://news.example.ir/' });
  assert.equal(c.dialect, 'postgres');
  assert.equal(c.publicUrl, 'https://news.example.ir');
});

test('every bad variable is reported together, each by name', () => {
  try {
    loadConfig({ PORT: 'eighty', CHAPAR_DATABASE_URL: 'mysql://x', CHAPAR_DEMO: 'maybe', CHAPAR_PUBLIC_URL: 'news.example', CHAPAR_ADMIN_PASSWORD: 'short' });
    assert.fail('expected ConfigError');
  } catch (e) {
    assert.ok(e instanceof ConfigError);
    const names = e.problems.map((p) => p.split(':')[0]).sort();
    assert.deepEqual(names, ['CHAPAR_ADMIN_PASSWORD', 'CHAPAR_DATABASE_URL', 'CHAPAR_DEMO', 'CHAPAR_PUBLIC_URL', 'PORT']);
    assert.match(e.message, /PORT: must be a number \(got "eighty"\)/);
  }
});

test('a port out of range is refused', () => {
  assert.throws(() => loadConfig({ PORT: '70000' }), /PORT: must be between 0 and 65535/);
});

test('CHAPAR_FA_DIC must name an existing file or none', () => {
  assert.throws(() => loadConfig({ CHAPAR_FA_DIC: '/nowhere/fa_IR.dic' }, '/tmp'), /CHAPAR_FA_DIC: no such file/);
  assert.doesNotThrow(() => loadConfig({ CHAPAR_FA_DIC: 'none' }, '/tmp'));
  assert.equal(loadConfig({ CHAPAR_OBJECT_CACHE: '0' }, '/tmp').objectCache, false);
  assert.equal(loadConfig({}, '/tmp').objectCache, true);
});
