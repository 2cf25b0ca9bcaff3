import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { analyze, ANALYZER_VERSION, normalizePersian } from './index.js';
import { compoundCount, compoundDicPath, compoundDicSource, compoundMask, parseCompoundDic } from './lexicon.js';

const Z = '\u200c';
const show = (s: string): string => s.replaceAll(Z, '|');

/**
 * The hunspell list (Debian's myspell-fa) is installed by `npm test` as root and by `.ci/run`;
 * in CI its absence is a failure, elsewhere the tests that need it skip and say so.
 */
const inCi = process.env.CI === 'true' || process.env.CI === '1';
const NO_DIC = 'the hunspell list /usr/share/hunspell/fa_IR.dic is absent (apt-get install myspell-fa, or scripts/fetch-lexicon.sh)';
const needsDic = compoundCount > 0 || inCi ? false : NO_DIC;

test('parses a hunspell .dic into compound cores (synthetic list)', () => {
  const dic = [
    '12',
    'کتاب',
    `سیب${Z}زمینی`,
    `سیب${Z}زمینی${Z}ها`, // inflection piece stripped: the same core
    `پی${Z}نوشت`,
    `پی${Z}نوشتها`, // the suffix written joined: dropped, the rules attach it
    `خواهد${Z}رفت`, // future: a verb phrase
    `اعتقاد${Z}داشته${Z}بودند`, // ends in an auxiliary
    `می${Z}رود`, // the «می» rule decides these
    `تأ${Z}ثیر`, // a ZWNJ after a hamza is a typo
    `رییس${Z}جمهور/AB`, // flags ignored
    `جا${Z}${Z}به${Z}جا`, // doubled ZWNJ
    `بی${Z}توجهی`,
  ].join('\n');
  const cores = parseCompoundDic(dic);
  assert.deepEqual([...cores.keys()].sort(), ['بیتوجهی', 'جابهجا', 'رییسجمهور', 'سیبزمینی', 'پینوشت'].sort());
  assert.equal(cores.get('سیبزمینی'), 1 << 3);
  assert.equal(cores.get('جابهجا'), (1 << 2) | (1 << 4));
  assert.equal(cores.get('رییسجمهور'), 1 << 4);
});

test('the list is looked for at CHAPAR_FA_DIC, data/lexicon, /usr/share/hunspell', () => {
  assert.equal(compoundDicPath({ CHAPAR_FA_DIC: 'none' }), null);
  assert.equal(compoundDicPath({ CHAPAR_FA_DIC: '/nonexistent/fa_IR.dic' }), null);
  const found = compoundDicPath({});
  assert.ok(found === null || found.endsWith('fa_IR.dic'));
});

test('the hunspell compound list is loaded (required in CI)', { skip: needsDic }, () => {
  assert.ok(compoundCount > 10_000, `compound list not loaded (${compoundDicSource ?? 'no file'}): ${NO_DIC}`);
  assert.equal(ANALYZER_VERSION % 1_000_000, compoundCount);
  // ئ is folded for the lookup: the list writes «رییس»
  assert.ok(compoundMask('رئیسجمهور') !== 0);
  assert.equal(compoundMask('کتاب'), 0);
});

test('ZWNJ compounds of the hunspell list are restored in joined words (golden)', { skip: needsDic }, () => {
  const table: Array<[string, string]> = [
    ['سیبزمینی', 'سیب|زمینی'],
    ['رئیسجمهور', 'رئیس|جمهور'],
    ['کرهجنوبی', 'کره|جنوبی'],
    ['جابهجایی', 'جابه|جایی'],
    ['سختافزاری', 'سخت|افزاری'],
    ['وزنهبردار', 'وزنه|بردار'],
    // inflections of a listed compound get their own ZWNJ from the suffix rules
    ['پیشنویسها', 'پیش|نویس|ها'],
    ['پینوشتها', 'پی|نوشت|ها'],
    // the «بی» rule, not the list's «بی‌توجه» + ezafe
    ['بیتوجهی', 'بی|توجهی'],
    ['در مورد سیبزمینی و رئیسجمهور', 'در مورد سیب|زمینی و رئیس|جمهور'],
  ];
  for (const [input, expected] of table) {
    assert.equal(show(normalizePersian(input)), expected, input);
    assert.equal(normalizePersian(normalizePersian(input)), normalizePersian(input), input);
  }
});

test('the list never splits lexicon words or unknown names, and never joins spaced words', () => {
  const kept = [
    'میز', 'میدان', 'میلیون', 'تنها', 'شاهد', 'مهم', 'همچنین', 'آنها', 'اینکه', 'کتابخانه', 'همزمان',
    'پرسپولیس', 'کالدرون', 'لوکاکو', 'اینیستا', 'اطلاعرسانیشان',
    'رئیس جمهور', 'تیم ملی', 'جام جهانی', 'سیب زمینی', 'جمهوری اسلامی', 'انجام شده است', 'قرار گرفت', 'به عنوان',
  ];
  for (const s of kept) assert.equal(show(normalizePersian(s)), s, s);
});

test('search: the list cuts a joined compound like its ZWNJ and spaced spellings', { skip: needsDic }, () => {
  for (const g of [[`سیب${Z}زمینی`, 'سیب زمینی', 'سیبزمینی'], [`کره${Z}جنوبی`, 'کره جنوبی', 'کرهجنوبی']]) {
    for (const w of g) assert.deepEqual(analyze(w), analyze(g[1]), w);
  }
});

test('«…ه» + «ای»: relative clauses and stems without a plural', () => {
  const table: Array<[string, string]> = [
    ['در جلسه ای که برگزار شد', 'در جلسه|ای که برگزار شد'],
    ['به گونه ای که', 'به گونه|ای که'],
    ['برجستهای', 'برجسته|ای'],
    ['فوقالعادهای', 'فوق|العاده|ای'],
    ['سالهای', 'سال|های'],
    ['گروههای', 'گروه|های'],
    // a vocative after a word in ه stays
    ['خانه ای خدا', 'خانه ای خدا'],
    ['ولی ای کاش', 'ولی ای کاش'],
  ];
  for (const [input, expected] of table) assert.equal(show(normalizePersian(input)), expected, input);
});

test('without the hunspell list the engine works, with the rules alone', () => {
  const script = [
    "import { normalizePersian, ANALYZER_VERSION } from './src/text/index.ts';",
    "import { compoundCount } from './src/text/lexicon.ts';",
    "const words = ['سیبزمینی', 'میشود', 'کتابها', 'بینالمللی', 'میز', 'تنها'];",
    "console.log(JSON.stringify({ count: compoundCount, version: ANALYZER_VERSION, out: words.map(normalizePersian) }));",
  ].join('\n');
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: new URL('../..', import.meta.url),
    env: { ...process.env, CHAPAR_FA_DIC: 'none' },
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  const got = JSON.parse(r.stdout) as { count: number; version: number; out: string[] };
  assert.equal(got.count, 0);
  assert.equal(got.version % 1_000_000, 0);
  assert.equal(Math.floor(got.version / 1_000_000), Math.floor(ANALYZER_VERSION / 1_000_000));
  assert.deepEqual(got.out.map(show), ['سیبزمینی', 'می|شود', 'کتاب|ها', 'بین|المللی', 'میز', 'تنها']);
});
