import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  analyze,
  formatDateTime,
  normalizePersian,
  normalizeText,
  normalizeWithChanges,
  parseJalaliDate,
  parseJalaliRange,
  slugify,
} from './index.js';

const Z = '\u200c';
// A Persian-heavy alphabet with the characters that matter: variants, ZWNJ, digits, marks, punctuation, spaces.
const alphabet = [
  ...'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیآأإؤئءةۀيكى',
  ...'۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩0123456789',
  ...'َُِّْٰٔ',
  Z, Z, '\u200d', '\u200f', '\u200e', 'ـ',
  ...' ،؛؟!.:«»()"\'-/\n\t',
  ' ', ' ', ' ',
  'a', 'B', 'e.g', 'www.', '@', '<p>', '</p>', '😀', '\ud800', '\udc00',
  'می', 'نمی', 'ها', 'های', 'تر', 'ترین', 'ای', 'اند', 'بین', 'المللی', 'کتاب', 'شود', 'میز', 'تنها',
];
const persianText = fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }).map((a) => a.join(''));
const anyText = fc.oneof(persianText, fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }));

test('never throws on any input', () => {
  fc.assert(
    fc.property(anyText, (s) => {
      normalizePersian(s);
      normalizeText(s, 'ar');
      normalizeText(s, 'en');
      normalizeWithChanges(s);
      analyze(s);
      slugify(s, 'fa');
      slugify(s, 'en');
      parseJalaliDate(s);
      parseJalaliRange(s);
    }),
    { numRuns: 2000 },
  );
});

test('normalizePersian is idempotent', () => {
  fc.assert(
    fc.property(anyText, (s) => {
      const once = normalizePersian(s);
      assert.equal(normalizePersian(once), once);
    }),
    { numRuns: 3000 },
  );
});

test('normalizeWithChanges rebuilds its output from the input', () => {
  fc.assert(
    fc.property(persianText, (s) => {
      const { text, changes } = normalizeWithChanges(s);
      let out = '';
      let pos = 0;
      for (const c of changes) {
        assert.ok(c.from >= pos && c.to >= c.from);
        out += s.slice(pos, c.from) + c.after;
        pos = c.to;
      }
      assert.equal(out + s.slice(pos), text);
    }),
    { numRuns: 1000 },
  );
});

test('analyzer tokens do not depend on how the query is spelled', () => {
  const words = ['کتاب', 'شود', 'توانند', 'مدرسه', 'یک', 'کار', 'سال', 'تهران'];
  const respell = (w: string, variant: number): string => {
    let out = w;
    if (variant & 1) out = out.replace(/ی/g, 'ي').replace(/ک/g, 'ك');
    if (variant & 2) out = out.replace(/ه$/, 'ة');
    if (variant & 4) out = out.split('').join('\u064e'); // fatha between letters
    if (variant & 8) out = out.split('').join('ـ');
    return out;
  };
  fc.assert(
    fc.property(
      fc.constantFrom(...words),
      fc.constantFrom('', 'می', 'نمی'),
      fc.constantFrom('', 'ها', 'های', 'ترین'),
      fc.constantFrom('', ' ', Z),
      fc.constantFrom('', ' ', Z),
      fc.integer({ min: 0, max: 15 }),
      (w, pre, suf, sep1, sep2, variant) => {
        const canonical = `${pre}${pre ? Z : ''}${w}${suf ? Z : ''}${suf}`;
        const respelled = `${pre}${pre ? sep1 : ''}${respell(w, variant)}${suf ? sep2 : ''}${suf}`;
        assert.deepEqual(analyze(respelled), analyze(canonical));
        assert.deepEqual(analyze(normalizePersian(respelled)), analyze(canonical));
      },
    ),
    { numRuns: 2000 },
  );
});

test('stored text and raw text analyze the same', () => {
  fc.assert(
    fc.property(persianText, (s) => {
      assert.deepEqual(analyze(normalizePersian(s)), analyze(s));
    }),
    { numRuns: 3000 },
  );
});

test('large and hostile inputs finish quickly and linearly', () => {
  const big = 'سلام، كتاب ها مي شود "نقل" ١٢٣ www.x.ir 😀 \u200c\u200c '.repeat(200_000); // ~10 MB
  const t0 = performance.now();
  const out = normalizePersian(big);
  analyze(big);
  slugify(big, 'fa');
  const ms = performance.now() - t0;
  assert.ok(out.length > 0);
  assert.ok(ms < 30_000, `took ${ms} ms`);
  // pathological repetitions of single characters
  for (const ch of ['.', ' ', Z, '"', '«', '(', 'ـ', 'ه', '\ud800']) {
    normalizePersian(ch.repeat(100_000));
    analyze(ch.repeat(100_000));
  }
  assert.equal(formatDateTime(new Date(8.64e15), 'fa').length > 0, true);
});

test('invisible characters inside or beside a word: storage and raw text analyze the same, and normalizing is idempotent', () => {
  for (const s of ['اا ترین\u200dا', 'کتاب\u200d ها', 'ا\u200f ترین', 'اا\u200f ها', 'خبر\u2060 های تازه']) {
    const once = normalizePersian(s);
    assert.equal(normalizePersian(once), once, JSON.stringify(s));
    assert.deepEqual(analyze(once), analyze(s), JSON.stringify(s));
  }
});
