import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boundedMemo } from './memo.js';

test('a bounded memo calls the function once per key, keeps null answers, and is cleared when full', () => {
  const calls: string[] = [];
  const f = boundedMemo((k: string) => (calls.push(k), k.length > 1 ? k.toUpperCase() : null), 3);
  assert.equal(f('ab'), 'AB');
  assert.equal(f('ab'), 'AB');
  assert.equal(f('a'), null);
  assert.equal(f('a'), null);
  assert.deepEqual(calls, ['ab', 'a']);
  f('cd');
  f('ef'); // the fourth key clears the memo first
  f('ab');
  assert.deepEqual(calls, ['ab', 'a', 'cd', 'ef', 'ab']);
});
