import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ObjectCache } from './object-cache.js';

const loaded = <T>(value: T, tags: string[] = ['article:1'], ttlMs = 60_000) => ({ value, tags, ttlMs, size: 10 });

test('remembers a value under its key until one of its tags is invalidated', async () => {
  const c = new ObjectCache(true);
  let loads = 0;
  const load = async () => loaded(`v${++loads}`, ['article:1', 'home:fa']);
  assert.equal(await c.remember('k', load), 'v1');
  assert.equal(await c.remember('k', load), 'v1');
  assert.equal(loads, 1);
  assert.equal(c.invalidate(['section:9']), 0);
  assert.equal(await c.remember('k', load), 'v1');
  assert.equal(c.invalidate(['home:fa']), 1);
  assert.equal(await c.remember('k', load), 'v2');
  assert.deepEqual(c.tagsOf('k'), ['article:1', 'home:fa']);
});

test('concurrent misses share one load', async () => {
  const c = new ObjectCache(true);
  let loads = 0;
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const load = async () => {
    loads++;
    await gate;
    return loaded('v');
  };
  const all = Promise.all([c.remember('k', load), c.remember('k', load), c.remember('k', load)]);
  release();
  assert.deepEqual(await all, ['v', 'v', 'v']);
  assert.equal(loads, 1);
});

test('a load that overlaps an invalidation is answered but not kept', async () => {
  const c = new ObjectCache(true);
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const slow = c.remember('k', async () => {
    await gate;
    return loaded('stale');
  });
  c.invalidate(['article:1']);
  release();
  assert.equal(await slow, 'stale');
  assert.equal(c.size, 0);
  assert.equal(await c.remember('k', async () => loaded('fresh')), 'fresh');
  assert.equal(c.size, 1);
});

test('errors are not kept, expired values are loaded again, and a disabled cache always loads', async () => {
  const c = new ObjectCache(true);
  await assert.rejects(c.remember('k', async () => Promise.reject(new Error('boom'))), /boom/);
  assert.equal(await c.remember('k', async () => loaded('ok', [], -1)), 'ok');
  assert.equal(await c.remember('k', async () => loaded('again')), 'again');
  const off = new ObjectCache(false);
  let loads = 0;
  for (let i = 0; i < 3; i++) await off.remember('k', async () => loaded(++loads));
  assert.equal(loads, 3);
  assert.equal(off.size, 0);
});
