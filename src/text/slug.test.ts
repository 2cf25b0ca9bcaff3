import { test } from 'node:test';
import assert from 'node:assert/strict';
import { slugify } from './index.js';

test('slugs (golden table)', () => {
  const table: Array<[string, 'fa' | 'ar' | 'en', string]> = [
    ['كتاب‌هاي «جديد» در ۱۴۰۵!', 'fa', 'کتاب-های-جدید-در-1405'],
    ['می شود؟', 'fa', 'می-شود'],
    ['Hello, World — 2026', 'en', 'hello-world-2026'],
    ['مَدرسه', 'fa', 'مدرسه'],
    ['!!!', 'fa', 'n'],
    ['', 'en', 'n'],
    ['مرحبا بالعالم', 'ar', 'مرحبا-بالعالم'],
  ];
  for (const [title, lang, expected] of table) assert.equal(slugify(title, lang), expected, title);
});

test('slugs are at most 80 chars, cut at a hyphen, and stable', () => {
  const title = 'دولت و مجلس '.repeat(30);
  const s = slugify(title, 'fa');
  assert.ok(s.length <= 80);
  assert.ok(!s.endsWith('-'));
  assert.ok(title.includes(s.split('-').at(-1)!));
  assert.equal(slugify(title, 'fa'), s);
  assert.equal(slugify('x'.repeat(200), 'en').length, 80);
});
