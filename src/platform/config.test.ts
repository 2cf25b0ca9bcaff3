import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, loadConfig, maskUrlPassword } from './config.js';

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
    assert.match(e.message, /CHAPAR_ADMIN_PASSWORD: must be at least 10 characters \(value not shown\)/);
    assert.doesNotMatch(e.message, /short/, 'the password is never echoed');
  }
});

test('CHAPAR_DATABASE_URL=sqlite: without a path is refused (it would be a throwaway temporary database)', () => {
  for (const v of ['sqlite:', 'sqlite:  ']) {
    assert.throws(() => loadConfig({ CHAPAR_DATABASE_URL: v }, '/tmp'), /^ConfigError: Invalid configuration:\n {2}- CHAPAR_DATABASE_URL: sqlite: needs the path of the database file/);
  }
  assert.equal(loadConfig({ CHAPAR_DATABASE_URL: 'sqlite:x.db' }, '/tmp').databaseUrl, 'sqlite:x.db');
});

test('a blank HOST, or one with spaces, is refused', () => {
  for (const v of [' ', '\t', '0.0.0.0 x']) {
    assert.throws(() => loadConfig({ HOST: v }, '/tmp'), /HOST: must not be blank or contain spaces/);
  }
  assert.equal(loadConfig({ HOST: '0.0.0.0' }, '/tmp').host, '0.0.0.0');
});

test('a bad database or Redis URL is shown with its password masked', () => {
  try {
    loadConfig({ CHAPAR_DATABASE_URL: 'mysql://chapar:s3cr3t@db:3306/news', CHAPAR_REDIS_URL: 'http://:r3d1s@cache:6379' }, '/tmp');
    assert.fail('expected ConfigError');
  } catch (e) {
    assert.ok(e instanceof ConfigError);
    assert.match(e.message, /CHAPAR_DATABASE_URL: must be postgres.* \(got "mysql:\/\/chapar:\*\*\*@db:3306\/news"\)/);
    assert.match(e.message, /CHAPAR_REDIS_URL: must be redis.* \(got "http:\/\/:\*\*\*@cache:6379"\)/);
    assert.doesNotMatch(e.message, /s3cr3t|r3d1s/);
  }
});

test('maskUrlPassword masks the whole password, even with an unescaped @ or /, and leaves other URLs alone', () => {
  assert.equal(maskUrlPassword('postgres://u:p@ss/w@h:5432/db'), 'postgres://u:***@h:5432/db');
  assert.equal(maskUrlPassword('postgres://root@127.0.0.1:1/x'), 'postgres://root@127.0.0.1:1/x');
  assert.equal(maskUrlPassword('sqlite:/srv/chapar.db'), 'sqlite:/srv/chapar.db');
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
