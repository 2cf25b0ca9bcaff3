import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { boundedMemo, edgeKey, edgeTable } from './memo.js';

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

test('an edge table never says "no" for a member, and rules out words whose length or edges differ', () => {
  fc.assert(
    fc.property(fc.array(fc.string({ minLength: 1, unit: 'binary' }), { maxLength: 30 }), fc.string({ minLength: 1, unit: 'binary' }), (members, other) => {
      const table = edgeTable(members);
      for (const w of members) assert.equal(table[edgeKey(w)], 1);
      const maybe = members.some((w) => edgeKey(w) === edgeKey(other));
      assert.equal(table[edgeKey(other)], maybe ? 1 : 0);
    }),
  );
  const table = edgeTable(['ها', 'های', 'ترین']);
  assert.equal(table[edgeKey('های')], 1);
  assert.equal(table[edgeKey('این')], 0); // same length, other first letter
  assert.equal(table[edgeKey('هوا')], 0); // same edges as «ها», other length
});
