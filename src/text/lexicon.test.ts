import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeTrieV3, hasWord, lexiconLoaded } from './lexicon.js';

test('decodes the TrieXv3 format (words, back steps, references)', () => {
  // walk, walked, walker, walks, talk, talked, talker, talks, as cspell-tools writes it: the edge
  // "t" points at node #1 (the node reached by "w"; nodes are numbered in the order they get
  // their first child, root = 0).
  const doc = 'TrieXv3\nbase=10\n# comment\n__DATA__\nwalked$r$2s$$4\nt#1;<\n';
  const root = decodeTrieV3(doc);
  const words: string[] = [];
  const walk = (n: ReturnType<typeof decodeTrieV3>, p: string): void => {
    if (n.f) words.push(p);
    for (const [k, v] of n.c ?? []) walk(v, p + k);
  };
  walk(root, '');
  assert.deepEqual(words.sort(), ['talk', 'talked', 'talker', 'talks', 'walk', 'walked', 'walker', 'walks'].sort());
});

test('loads the Persian lexicon from @cspell/dict-fa-ir', () => {
  assert.ok(lexiconLoaded);
  for (const w of ['کتاب', 'شود', 'تهران', 'میدان', 'تنها']) assert.ok(hasWord(w), w);
  for (const w of ['میشود', 'xyz', '', 'کتابکتاب']) assert.ok(!hasWord(w), w);
});
