import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ftsMatch } from './sqlite/sqlite-index.js';
import { tsQuery } from './postgres/postgres-index.js';
import { MAX_CLAUSES, parseQuery } from './query-parser.js';
import { MAX_TOKEN_LENGTH } from './tokens.js';

const toks = (q: string) => {
  const p = parseQuery(q);
  return { must: p.must.map((c) => c.tokens.join(' ')), not: p.not.map((c) => c.tokens.join(' ')) };
};

test('reads words, "phrases", «phrases» and -exclusions', () => {
  assert.deepEqual(toks('نان قیمت'), { must: ['نان', 'قیمت'], not: [] });
  assert.deepEqual(toks('"قیمت نان" تهران'), { must: ['قیمت نان', 'تهران'], not: [] });
  assert.deepEqual(toks('«رئیس جمهور»'), { must: ['رییس جمهور'], not: [] });
  assert.deepEqual(toks('نان -بنزین -"بازار تهران"'), { must: ['نان'], not: ['بنزین', 'بازار تهران'] });
  assert.deepEqual(toks('covid-19'), { must: ['covid', '19'], not: [] });
  assert.deepEqual(toks('نان - بنزین'), { must: ['نان', 'بنزین'], not: [] });
});

test('joins the pieces of a word typed with a space, as the analyzer does', () => {
  assert.deepEqual(toks('مي شود'), toks('می‌شود'));
  assert.deepEqual(toks('كتاب ها'), toks('کتاب‌ها'));
});

test('reads search-engine syntax as text', () => {
  assert.deepEqual(toks('نان AND قیمت'), { must: ['نان', 'and', 'قیمت'], not: [] });
  assert.deepEqual(toks('NEAR(نان قیمت)'), { must: ['near', 'نان', 'قیمت'], not: [] });
  assert.deepEqual(toks('"نان'), { must: ['نان'], not: [] }); // unbalanced quote: runs to the end
  assert.deepEqual(toks('* ( ) " ^ :'), { must: [], not: [] });
  assert.equal(parseQuery('   \u0000 \t').empty, true);
  assert.equal(parseQuery(null).empty, true);
});

test('caps the number of clauses and the length it reads', () => {
  const p = parseQuery(Array.from({ length: 100 }, (_, i) => `w${i}`).join(' '));
  assert.equal(p.must.length, MAX_CLAUSES);
  assert.equal(p.truncated, true);
  assert.equal(parseQuery('ن'.repeat(10_240)).truncated, true);
});

test('fuzz: any string parses into clean tokens and both query languages are well formed', () => {
  const alphabet = fc.constantFrom('"', '-', '*', '(', ')', ' ', 'N', 'E', 'A', 'R', 'ن', 'ا', 'می', '\u200c', ':', '^', '{', '}', "'", '\\', 'ي', '۱', 'AND', 'OR', 'NOT', '«', '»', '\u0000', '&', '|', '!', '<->', '\n', '\ud800');
  fc.assert(
    fc.property(fc.oneof(fc.string({ unit: alphabet }), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (q) => {
      const p = parseQuery(q);
      assert.ok(p.must.length + p.not.length <= MAX_CLAUSES);
      for (const c of [...p.must, ...p.not]) {
        assert.ok(c.tokens.length > 0);
        for (const t of c.tokens) {
          assert.ok(t.length > 0 && !/\s/.test(t));
          assert.ok(t.length <= MAX_TOKEN_LENGTH);
        }
      }
      if (p.must.length) {
        // every token is quoted: the only unquoted characters are the operators we wrote
        const fts = ftsMatch(p).replace(/"([^"]|"")*"/g, '');
        assert.match(fts, /^[\sANDOT(){}:titlemea]*$/);
        const tsq = tsQuery(p).replace(/'([^'\\]|''|\\.)*'/g, '');
        assert.match(tsq, /^[\s&!()<\->]*$/);
      }
    }),
    { numRuns: 3000 },
  );
});
