/**
 * The ZWNJ repair rules added for issue #4's recall target: each with examples that must change
 * and near misses that must not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, normalizePersian } from './index.js';
import { compoundCount, hunspellHas, parsePlainWords } from './lexicon.js';

const Z = '\u200c';
const show = (s: string): string => s.replaceAll(Z, '|');
const inCi = process.env.CI === 'true' || process.env.CI === '1';
const needsDic = compoundCount > 0 || inCi ? false : 'the hunspell list /usr/share/hunspell/fa_IR.dic is absent (apt-get install myspell-fa, or scripts/fetch-lexicon.sh)';

function check(table: ReadonlyArray<readonly [string, string]>): void {
  for (const [input, expected] of table) {
    const out = normalizePersian(input);
    assert.equal(show(out), expected, input);
    assert.equal(normalizePersian(out), out, `idempotent: ${input}`);
  }
}
function kept(words: readonly string[]): void {
  for (const w of words) assert.equal(show(normalizePersian(w)), show(w), w);
}

test('the hunspell plain-word hashes: parsed without flags and ZWNJ forms, folded', () => {
  const hashes = parsePlainWords(['3', 'کتاب/AB', `سیب${Z}زمینی`, 'رئيس'].join('\n'));
  assert.equal(hashes.length, 2);
  for (let i = 1; i < hashes.length; i++) assert.ok(hashes[i - 1] <= hashes[i]);
});

test('a joined unknown word with one reading as two words of both lists is cut', { skip: needsDic }, () => {
  assert.ok(hunspellHas('جهانی') && hunspellHas('رییس') && hunspellHas('رئیس'));
  check([
    ['جامجهانی', 'جام|جهانی'],
    ['صنایعدستی', 'صنایع|دستی'],
    ['لیگبرتر', 'لیگ|برتر'],
    ['روابطعمومی', 'روابط|عمومی'],
    ['همهجانبه', 'همه|جانبه'],
    ['در جامجهانی بود', 'در جام|جهانی بود'],
  ]);
  // lexicon words, names whose pieces happen to be words, two readings, short pieces, plurals
  kept([
    'میز', 'میدان', 'میلیون', 'تنها', 'شاهد', 'مهم', 'کتابخانه', 'همزمان', 'پرسپولیس',
    'کالدرون', 'کالیاری', 'ساسولو', 'وینفرد', 'برایتون', 'بالقطع', 'والمسلمین', 'داستانکها', 'لیونل',
    'جام جهانی', 'تیم ملی',
  ]);
});

test('what only the storage repair cuts leaves the search tokens as they were', () => {
  // the analyzer decides on letters alone, so the repaired and the raw spelling index alike
  for (const w of ['جامجهانی', 'صنایعدستی', 'روابطعمومی']) assert.deepEqual(analyze(normalizePersian(w)), analyze(w), w);
});
