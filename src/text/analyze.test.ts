import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeQuery, normalizePersian } from './index.js';
import { hasWord } from './lexicon.js';
import { joinsForward } from './chars.js';
import { datasetAvailable, datasetTexts, SKIP_MESSAGE } from './testing/dataset.js';

const Z = '\u200c';

function sameTokens(spellings: string[]): void {
  const expected = analyze(spellings[0]);
  assert.ok(expected.length > 0, spellings[0]);
  for (const s of spellings) assert.deepEqual(analyze(s), expected, `${s} vs ${spellings[0]}`);
}

test('every spelling of a word yields the same tokens', () => {
  const groups: string[][] = [
    [`می${Z}شود`, 'می شود', 'میشود', 'مي شود', 'ميشود', `مي${Z}شود`],
    [`نمی${Z}توانند`, 'نمی توانند', 'نميتوانند'],
    [`کتاب${Z}ها`, 'کتاب ها', 'کتابها', 'كتاب ها', 'كتابها'],
    [`کتاب${Z}هایشان`, 'کتاب هایشان', 'کتابهایشان'],
    [`بزرگ${Z}ترین`, 'بزرگ ترین', 'بزرگترین'],
    [`رسانه${Z}ای`, 'رسانه ای', 'رسانهای', 'رسانة اي'],
    [`بین${Z}المللی`, 'بین المللی', 'بینالمللی', 'بين المللي'],
    [`گفت${Z}وگو`, 'گفت و گو', 'گفتوگو'],
    [`تصمیم${Z}گیری`, 'تصمیم گیری', 'تصمیمگیری'],
    ['یک', 'يک', 'یك', 'يك'],
    ['مدرسه', 'مَدرَسه', 'مدرسهٔ', 'مدرسۀ', 'مدرسة'],
    ['تهران', 'تـــهران', 'تهران\u200f'],
    ['مسئله', 'مسئلة'],
    ['اسلام', 'إسلام', 'أسلام', 'ٱسلام'],
    ['آب', 'اب', 'آبْ'],
    ['مؤسسه', 'موسسه'],
    ['شدّت', 'شدت'],
    ['کتاباً', 'کتابا'],
    ['۱۴۰۵', '1405', '١٤٠٥'],
    ['۱۲٬۳۴۵', '12,345', '12345', '١٢٬٣٤٥'],
    ['۳٫۵', '3.5', '٣٫٥'],
    ['Hello', 'HELLO', 'hello'],
  ];
  for (const g of groups) sameTokens(g);
});

test('splits on punctuation and drops emoji and symbols', () => {
  assert.deepEqual(analyze('سلام،دنیا! 😀 (تست) #خبر'), ['سلام', 'دنیا', 'تست', 'خبر']);
  assert.deepEqual(analyze(''), []);
  assert.deepEqual(analyze('  ،،  '), []);
});

test('analyzeQuery equals analyze', () => {
  assert.deepEqual(analyzeQuery('می شود کتاب ها'), analyze(`می${Z}شود کتاب${Z}ها`));
});

test('stored (normalized) text and raw queries agree on dataset words', { skip: datasetAvailable() ? false : SKIP_MESSAGE }, () => {
  const texts = datasetTexts(['fars-news-1.json.gz', 'varzesh3-1.json.gz']).slice(0, 3000);
  let words = 0;
  for (const t of texts) {
    for (const w of t.split(/\s+/)) {
      if (!/^[\u0621-\u064a\u067e-\u06cc\u200c]+$/.test(w) || (!w.includes(Z) && !/[يك]/.test(w))) continue;
      words++;
      const spaced = w.replaceAll(Z, ' ');
      const joined = w.replaceAll(Z, '');
      const persian = w.replace(/ي/g, 'ی').replace(/ك/g, 'ک');
      const expected = analyze(w);
      assert.deepEqual(analyze(persian), expected, w);
      // ZWNJ written as nothing: always the same token
      assert.deepEqual(analyze(joined), expected, joined);
      // ZWNJ written as a space: same when the pieces are affixes the analyzer rejoins
      if (/^(?:نمی|می)\u200c[^\u200c]+$|^[^\u200c]+\u200c(?:ها|های|هایی|ترین|تر)$/.test(persian)) {
        assert.deepEqual(analyze(spaced), expected, spaced);
      }
    }
  }
  assert.ok(words > 100);
  // normalized stored text tokenizes like the raw text
  for (const t of texts.slice(0, 500)) assert.deepEqual(analyze(normalizePersian(t)), analyze(t), t);
});

test('compounds the normalizer joins give the same tokens with ZWNJ, space or joined', () => {
  const groups: string[][] = [
    [`بی${Z}نظیر`, 'بی نظیر', 'بینظیر'],
    [`تیم${Z}مان`, 'تیم مان', 'تیممان'],
    [`بازی${Z}اش`, 'بازی اش', 'بازیاش'],
    [`قوی${Z}تر`, 'قوی تر', 'قویتر'],
    [`حسن${Z}زاده`, 'حسن زاده', 'حسنزاده'],
    [`روح${Z}الله`, 'روح الله', 'روحالله'],
    [`برمی${Z}گردد`, 'برمی گردد', 'برمیگردد'],
    [`فوق${Z}العاده${Z}ای`, 'فوق العاده ای', 'فوقالعادهای'],
    [`برنامه${Z}ی`, 'برنامه ی', 'برنامهی'],
  ];
  for (const g of groups) sameTokens(g);
  // ordinary word pairs stay two tokens
  assert.deepEqual(analyze('به عنوان'), ['به', 'عنوان']);
  assert.deepEqual(analyze('رئیس جمهوری'), ['رییس', 'جمهوری']);
  assert.deepEqual(analyze('انجام شده است'), ['انجام', 'شده', 'است']);
  assert.deepEqual(analyze('تیم ملی'), ['تیم', 'ملی']);
  assert.deepEqual(analyze('ولی ای کاش'), ['ولی', 'ای', 'کاش']);
  // a line break or punctuation between the pieces is not the normalizer's single space
  assert.deepEqual(analyze('تیم\nمان'), ['تیم', 'مان']);
});

test('dataset compounds: analyze(ZWNJ) = analyze(space) = analyze(joined) when the normalizer joins the spaced form', { skip: datasetAvailable() ? false : SKIP_MESSAGE }, () => {
  const seen = new Set<string>();
  let checked = 0;
  for (const t of datasetTexts(['fars-news-2.json.gz', 'varzesh3-2.json.gz'])) {
    for (const raw of t.split(/[^\u0600-\u06ff\u200c]+/)) {
      const w = raw.replace(/ي/g, 'ی').replace(/ك/g, 'ک');
      if (!w.includes(Z) || seen.has(w)) continue;
      seen.add(w);
      const spaced = w.replaceAll(Z, ' ');
      // only the compounds whose spaced form the normalizer itself rejoins
      if (normalizePersian(spaced) !== w) continue;
      checked++;
      const expected = analyze(w);
      assert.equal(expected.length, 1, w);
      assert.deepEqual(analyze(spaced), expected, spaced);
      assert.deepEqual(analyze(w.replaceAll(Z, '')), expected, w);
    }
  }
  assert.ok(checked > 500, `checked ${checked}`);
});

test('a ZWNJ, a space or nothing between two words gives the tokens of the spaced spelling', () => {
  const groups: string[][] = [
    [`رئیس${Z}جمهور`, 'رئیس جمهور', 'رئیسجمهور', `رئيس${Z}جمهور`, 'رييس جمهور'],
    [`رئیس${Z}جمهوری`, 'رئیس جمهوری', 'رئیسجمهوری'],
    [`فتنه${Z}گران`, 'فتنه گران', 'فتنهگران'],
    [`قائم${Z}شهر`, 'قائم شهر', 'قائمشهر'],
    [`شمال${Z}غرب`, 'شمال غرب', 'شمالغرب'],
    [`تعریف${Z}شده`, 'تعریف شده', 'تعریفشده'],
    [`مانع${Z}تراشی`, 'مانع تراشی', 'مانعتراشی'],
  ];
  for (const g of groups) sameTokens(g);
  assert.deepEqual(analyze(`رئیس${Z}جمهور`), ['رییس', 'جمهور']);
  assert.deepEqual(analyze('فتنهگران'), ['فتنه', 'گران']);
  // lexicon words are never cut, and neither is a word with two readings or a short piece
  for (const w of ['همزمان', 'کتابخانه', 'پرسپولیس', 'درمورد', 'لیونل', 'راموس', 'مارکا', 'بنزما', 'سوید', 'کتابها', 'میشود']) {
    assert.equal(analyze(w).length, 1, w);
  }
  // joins the rules make are never undone by a cut («منتقمی‌فر», «داستانک‌ها», «فوق‌العاده‌ی»)
  for (const w of [`منتقمی${Z}فر`, `داستانک${Z}ها`, `فوق${Z}العاده${Z}ی`, `فتح${Z}الله${Z}زاده`]) {
    assert.equal(analyze(w).length, 1, w);
    assert.deepEqual(analyze(w.replaceAll(Z, ' ')), analyze(w), w);
    assert.deepEqual(analyze(w.replaceAll(Z, '')), analyze(w), w);
  }
});

test('hamza spellings fold together', () => {
  const groups: string[][] = [
    ['مسئولان', 'مسؤولان', 'مسوولان'],
    ['مسئول', 'مسؤول', 'مسوول'],
    ['رئیس', 'رییس', 'رئيس'],
    ['مسئله', 'مسأله', 'مساله', 'مسئلة'],
    ['تأثیر', 'تاثیر'],
    ['هیئت', 'هیأت', 'هیات'],
    ['سؤال', 'سئوال', 'سوال'],
    ['جرئت', 'جرأت', 'جرات'],
    ['ارائه', 'ارایه'],
    ['مسائل', 'مسایل'],
    ['دائم', 'دایم'],
    ['پائیز', 'پاییز'],
    ['سوئد', 'سوید'],
    ['توطئه', 'توطیه'],
    ['مؤسسه', 'موسسه'],
    ['رأی', 'رای'],
    ['ی\u0654', 'ئ'], // ی + hamza above is a decomposed ئ
  ];
  for (const g of groups) sameTokens(g);
  assert.deepEqual(analyze('مسئولان'), ['مسوولان']);
  assert.deepEqual(analyze('هیئت مدیره'), ['هیات', 'مدیره']);
  // distinct words stay distinct
  for (const [a, b] of [['سیئه', 'سیاه'], ['تئوری', 'توری'], ['نئون', 'نون'], ['تغییر', 'تغیر'], ['مسائل', 'مسال']]) {
    assert.notDeepEqual(analyze(a), analyze(b), `${a} ≠ ${b}`);
  }
});

test('Arabic presentation forms are read as their letters before anything else', () => {
  assert.deepEqual(analyze('\ufe80'), []); // ﺀ like ء: a standalone hamza gives nothing
  assert.deepEqual(analyze('ء'), []);
  assert.deepEqual(analyze('\ufedb\ufe98\ufe8e\ufe8f'), analyze('کتاب')); // ﻛﺘﺎﺏ
  assert.deepEqual(analyze('\ufefb'), analyze('لا')); // ﻻ
  assert.deepEqual(analyze('\ufdf2'), analyze('الله')); // ﷲ
  assert.deepEqual(analyze('\ufe8b\ufef4\ufeb2'), analyze('ئیس')); // ﺋ…: the hamza rules see the plain letter
  assert.deepEqual(analyze('ک\ufe76تاب'), analyze('کتاب')); // isolated fatha form: a diacritic
  assert.deepEqual(analyze('\ufedb\ufe98\ufe8e\ufe8f \ufeeb\ufe8e'), analyze('کتاب‌ها')); // ﻛﺘﺎﺏ ﻫﺎ
});

test('dataset ZWNJ compounds of two words: ZWNJ, space and joined give the same tokens', { skip: datasetAvailable() ? false : SKIP_MESSAGE }, () => {
  // every two-word compound the data writes with a ZWNJ whose pieces are lexicon words of ≥ 3
  // letters (the first ending in a joining letter), whose joined form is not a lexicon word, and
  // whose spaced form the normalizer leaves as two words
  const seen = new Set<string>();
  let checked = 0;
  let equal = 0;
  const misses: string[] = [];
  for (const t of datasetTexts()) {
    for (const raw of t.split(/[^\u0600-\u06ff\u200c]+/)) {
      const w = raw.replace(/ي/g, 'ی').replace(/ك/g, 'ک');
      if (seen.has(w)) continue;
      seen.add(w);
      const parts = w.split(Z);
      if (parts.length !== 2) continue;
      const [a, b] = parts as [string, string];
      if (a.length < 3 || b.length < 3 || !joinsForward(a.at(-1)!) || !hasWord(a) || !hasWord(b) || hasWord(a + b)) continue;
      if (normalizePersian(`${a} ${b}`) !== `${a} ${b}`) continue;
      checked++;
      const zwnj = analyze(w);
      // a ZWNJ and nothing are always the same spelling
      assert.deepEqual(analyze(a + b), zwnj, w);
      if (JSON.stringify(analyze(`${a} ${b}`)) === JSON.stringify(zwnj)) equal++;
      else misses.push(w);
    }
  }
  assert.ok(checked > 500, `checked ${checked}`);
  // the rest have a second reading as two words («علی‌اکبر»: «علی» + «اکبر» or «علیا» + «کبر») and
  // are kept whole in all three spellings but the spaced one; measured 1,018 of 1,162
  assert.ok(equal / checked > 0.85, `${equal} of ${checked} equal; e.g. ${misses.slice(0, 10).join(' ')}`);
});

test('stored (normalized) text and raw text analyze the same on every dataset text', { skip: datasetAvailable() ? false : SKIP_MESSAGE }, () => {
  let n = 0;
  for (const t of datasetTexts()) {
    assert.deepEqual(analyze(normalizePersian(t)), analyze(t), t);
    n++;
  }
  assert.ok(n > 20_000);
});
