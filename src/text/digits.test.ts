import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirOf, formatDigits, formatNumber, toLatinDigits, toPersianDigits } from './index.js';

test('converts digits', () => {
  assert.equal(toPersianDigits('12 و ٣٤ abc'), '۱۲ و ۳۴ abc');
  assert.equal(toLatinDigits('۱۲ و ٣٤'), '12 و 34');
});

test('formats numbers per edition', () => {
  assert.equal(formatNumber(12345, 'fa'), '۱۲٬۳۴۵');
  assert.equal(formatNumber(12345, 'ar'), '١٢٬٣٤٥');
  assert.equal(formatNumber(12345, 'en'), '12,345');
  assert.equal(formatDigits(988515, 'fa'), '۹۸۸۵۱۵');
  assert.equal(formatDigits('988515', 'ar'), '٩٨٨٥١٥');
  assert.equal(formatDigits('۹۸۸۵۱۵', 'en'), '988515');
  assert.equal(dirOf('fa'), 'rtl');
  assert.equal(dirOf('ar'), 'rtl');
  assert.equal(dirOf('en'), 'ltr');
});
