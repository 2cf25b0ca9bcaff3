/**
 * ZWNJ repair for Persian storage normalization. See docs/text-engine.md for the rules.
 *
 * Input must already be letter-normalized (ی ک, no kashida) with spaces collapsed.
 * Decisions use the lexicon ({@link hasWord}) plus the hand-written lists in zwnj-lists.ts.
 * Precision first: when a split or a join is ambiguous, the text is left as written.
 */
import { isArabicLetterCode, isArabicMarkCode, joinsForward, ZWNJ } from './chars.js';
import { compoundMask, hasWord, hunspellHas } from './lexicon.js';
import { boundedMemo, edgeKey, edgeTable } from './memo.js';
import {
  COMPARATIVE_SUFFIXES,
  COMPOUND_SECONDS,
  COMPOUNDS,
  HE_CLITICS,
  HE_AY_NEXT,
  JOINED_ONLY,
  MI_VERB_OVERRIDE,
  NAME_SECONDS,
  NEVER_SPLIT,
  NOT_AFTER_BI,
  NOT_FIRST_WORD,
  NOT_VERB_AFTER_MI,
  PLURAL_PREV,
  PLURAL_SUFFIXES,
  PREFER_HE_AY,
  REPAIR_PREFIXES,
  REPAIR_SECONDS,
  SPLIT_ONLY_SECONDS,
  VERB_PARTICLES,
} from './zwnj-lists.js';

const PLURAL_SET = new Set<string>(PLURAL_SUFFIXES);
const COMPARATIVE_SET = new Set<string>(COMPARATIVE_SUFFIXES);
const HE_CLITIC_SET = new Set<string>(HE_CLITICS);
/** Function words that never take a suffix piece from the next token. */
const STOP = new Set(['و', 'به', 'از', 'در', 'که', 'را', 'با', 'تا', 'یا', 'چه', 'نه', 'هم', 'این', 'آن', 'بر', 'اگر', 'است']);
/** The pronoun-like words that do take «ها» («آن ها» → «آن‌ها»). */
const PLURAL_HOSTS_IN_STOP = new Set(['این', 'آن']);

/** joined form → parts, for the curated compounds */
const COMPOUND_BY_JOINED = new Map<string, readonly string[]>();
/** first part → list of remaining parts sequences */
const COMPOUND_BY_FIRST = new Map<string, Array<readonly string[]>>();
for (const parts of COMPOUNDS) {
  // names in «الله» are also written joined («نصرالله»): only their spaced form is repaired
  if (parts[1] !== 'الله') COMPOUND_BY_JOINED.set(parts.join(''), parts);
  const list = COMPOUND_BY_FIRST.get(parts[0]) ?? [];
  list.push(parts.slice(1));
  COMPOUND_BY_FIRST.set(parts[0], list);
}

for (const parts of JOINED_ONLY) COMPOUND_BY_JOINED.set(parts.join(''), parts);

/** The given names in «الله» of the curated list («فتحالله» → «فتح»), for their family names. */
const ALLAH_NAMES = new Set<string>();
for (const parts of COMPOUNDS) if (parts.length === 2 && parts[1] === 'الله') ALLAH_NAMES.add(parts[0]);

/** Past stems whose «…های» is the perfect «…ه‌ای» («شده‌ای»), not a plural. */
const PAST_STEMS = new Set(['شد', 'کرد', 'بود', 'داشت', 'گفت', 'رفت', 'آمد', 'دید', 'خواست', 'توانست', 'داد', 'گرفت', 'زد', 'آورد', 'برد', 'کشید', 'نوشت', 'خواند', 'ماند', 'شنید', 'دانست', 'یافت', 'ساخت', 'گذاشت']);

/** «X و Y» compounds written «X‌وY» («گفت و گو» → «گفت‌وگو»). */
const VA_COMPOUNDS = new Map<string, Set<string>>([
  ['گفت', new Set(['گو', 'گوی', 'گوها', 'گویی', 'گوهای'])],
  ['جست', new Set(['جو', 'جوی', 'جوها'])],
  ['کسب', new Set(['کار', 'کارها'])],
  ['شست', new Set(['شو'])],
  ['رفت', new Set(['آمد', 'آمدها'])],
]);
for (const [a, set] of VA_COMPOUNDS) for (const b of set) COMPOUND_BY_JOINED.set(a + 'و' + b, [a, 'و' + b]);

const MAX_WORD = 40;

function lastChar(s: string): string {
  return s.length > 0 ? s[s.length - 1] : '';
}

/** Is `x` (no ZWNJ) a verb form that may follow «می»/«نمی»? Verb forms have a negative «ن…» or subjunctive «ب…» form in the lexicon. */
export function isVerbForm(x: string): boolean {
  if (x.length < 2 || NOT_VERB_AFTER_MI.has(x)) return false;
  if (x.startsWith('می')) return false;
  if (x[0] === 'آ') {
    const tail = x.slice(1);
    return hasWord('نیا' + tail) || hasWord('بیا' + tail);
  }
  if (x[0] === 'ا') {
    if (hasWord('نی' + x) || hasWord('بی' + x) || hasWord('ن' + x)) return true;
    // «افتد» → «نیفتد», «اندازد» → «بیندازد»: the alef is dropped after the prefix
    return x.length >= 4 && (hasWord('نی' + x.slice(1)) || hasWord('بی' + x.slice(1)));
  }
  return hasWord('ن' + x) || hasWord('ب' + x);
}

/** The lookup key of a word: ZWNJ and diacritics removed. */
export function wordKey(w: string): string {
  let plain = true;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === 0x200c || isArabicMarkCode(c)) {
      plain = false;
      break;
    }
  }
  if (plain) return w;
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c !== 0x200c && !isArabicMarkCode(c)) out += w[i];
  }
  return out;
}

/** A stem that may carry a suffix: a lexicon word, or a curated compound (returned with its ZWNJ). */
function stemForm(stem: string, depth: number): string | null {
  if (stem.length < 2) return null;
  const compound = COMPOUND_BY_JOINED.get(stem);
  if (compound) return compound.join(ZWNJ);
  if (hasWord(stem)) return stem;
  const listed = listedCompound(stem);
  if (listed !== null) return listed;
  if (depth > 0) {
    const split = splitCompoundSecond(stem);
    if (split) return split;
  }
  return null;
}

/** A lexicon word as it is, or a curated / hunspell-listed compound with its ZWNJs; else null. */
function wordOrCompound(stem: string): string | null {
  if (hasWord(stem)) return stem;
  const compound = COMPOUND_BY_JOINED.get(stem);
  if (compound) return compound.join(ZWNJ);
  return listedCompound(stem);
}

function splitCompoundSecond(w: string): string | null {
  if (hasWord(w)) return null;
  // the second part is at least 2 letters; try each split point where the rest is listed
  for (let k = 2; k <= w.length - 2; k++) {
    const second = w.slice(k);
    const listed = COMPOUND_SECONDS.has(second);
    if (!listed && !NAME_SECONDS.has(second) && !SPLIT_ONLY_SECONDS.has(second)) continue;
    const first = w.slice(0, k);
    if (!listed && k < 3) continue; // «آلگری» (Allegri) is not «آل» + «گری»
    if (joinsForward(lastChar(first)) && hasWord(first) && !STOP.has(first)) return first + ZWNJ + second;
  }
  return null;
}

/** Pronoun clitics written after a ZWNJ when the word ends in ی («بازی‌اش»، «زندگی‌ام»، «ایرانی‌اند»). */
const YE_CLITICS = ['اند', 'ایم', 'اید', 'اش', 'ام'] as const;
/** Clitics that never stand alone and are joined to any previous word («تیم مان» → «تیم‌مان»). */
const FREE_CLITICS = new Set(['اش', 'مان', 'تان', 'شان']);
/** Clitics joined after a lexicon word ending in ی («سی ام» → «سی‌ام»، «ایرانی اند» → «ایرانی‌اند»). */
const YE_CLITIC_SET = new Set(['ام', 'اند', 'ایم', 'اید']);
/** Preverbal particles + «می»/«نمی» («برمی»، «درنمی»). */
const PARTICLE_MI = new Map<string, string>();
for (const p of VERB_PARTICLES) {
  PARTICLE_MI.set(p + 'می', p);
  PARTICLE_MI.set(p + 'نمی', p);
}
/** Latin letter names in Persian script that end in ی («بی ام و», «پی اس جی»); «سی ام» is the ordinal. */
const LETTER_NAMES = new Set(['بی', 'پی', 'تی', 'جی', 'دی', 'وی', 'کی', 'ای']);
/** Short words that are restored after a joined «بی» («بیشک» → «بی‌شک»). */
const SHORT_AFTER_BI = new Set(['شک', 'جهت', 'حد', 'رحم', 'طرف', 'خبر', 'ضرر', 'پول', 'نام', 'صدا', 'جان', 'وقفه', 'دلیل', 'اثر', 'سود', 'نظم']);
/** Forms of «شدن» after «زاده» as a verb («زاده شد» "was born"), which keep «زاده» a separate word. */
const ZADE_VERB = new Set(['شد', 'شده', 'شدند', 'شدم', 'شدی', 'شدیم', 'میشود', 'میشوند']);

/**
 * Split a word written without any ZWNJ into its pieces, or return null to keep it.
 * `depth` bounds recursion (prefix, then suffix, then compound).
 */
export function splitJoined(w: string, depth = 2): string | null {
  // no Persian word is longer than this; the bound also keeps the work per word constant
  if (w.length < 3 || w.length > MAX_WORD || NEVER_SPLIT.has(w)) return null;
  const r = splitByRules(w, depth);
  // a compound of the hunspell list («سیبزمینی» → «سیب‌زمینی»), unless cspell's list has it joined
  return r !== null || hasWord(w) ? r : listedCompound(w);
}

/**
 * The storage repair's decision for a word written without any ZWNJ: {@link splitJoined}, then the
 * rules that only the repair uses. The search analyzer keeps to `splitJoined`: it decides on the
 * letters alone (a ZWNJ and nothing are one spelling), so what the repair adds here never changes
 * its tokens, and indexes built before need no rebuild.
 */
export function repairJoined(w: string): string | null {
  const r = splitJoined(w);
  if (r !== null || w.length > MAX_WORD || NEVER_SPLIT.has(w)) return r;
  if (hasWord(w)) return null;
  return (
    twoWordSplit(w) ??
    alefMaddaSplit(w) ??
    prefixSplit(w) ??
    arabicArticleSplit(w) ??
    repairSecondSplit(w) ??
    pluralOfRepaired(w) ??
    indefiniteAfterYe(w) ??
    biBeforeAlef(w) ??
    allahFamilyName(w)
  );
}

/**
 * A family name made of a given name in «الله» and a name's second part («فتحاللهزاده» →
 * «فتح‌الله‌زاده», «حبیباللهپور»): the ZWNJs of the spaced spelling. (The given name alone stays as
 * written: «نصرالله» is a standard joined spelling.)
 */
function allahFamilyName(w: string): string | null {
  const at = w.indexOf('الله', 2);
  if (at < 2) return null;
  const first = w.slice(0, at);
  const second = w.slice(at + 4);
  if (!ALLAH_NAMES.has(first) || !NAME_SECONDS.has(second)) return null;
  return first + ZWNJ + 'الله' + ZWNJ + second;
}

/**
 * «آ» inside a word after a letter that joins starts a new piece («علیآقا» → «علی‌آقا»,
 * «پلیآف» → «پلی‌آف», «جوادیآملی» → «جوادی‌آملی»): a ZWNJ before each such «آ» whose piece before
 * it is a lexicon word. (Words with a medial «آ» that are words — «مآخذ», «منشآت» — never get here.)
 */
function alefMaddaSplit(w: string): string | null {
  let out = '';
  let last = 0;
  for (let i = 2; i < w.length - 1; i++) {
    if (w.charCodeAt(i) !== 0x0622 || !joinsForward(w[i - 1]) || !hasWord(w.slice(last, i))) continue;
    out += w.slice(last, i) + ZWNJ;
    last = i;
  }
  if (last === 0 || hunspellHas(w)) return null;
  return out + w.slice(last);
}

/** A prefix of REPAIR_PREFIXES + a word of both lists, the joined form in neither («بهنقل» → «به‌نقل»). */
function prefixSplit(w: string): string | null {
  if (hunspellHas(w)) return null;
  for (const p of REPAIR_PREFIXES) {
    if (!w.startsWith(p) || w.length - p.length < 3) continue;
    const rest = w.slice(p.length);
    if (hasWord(rest) && hunspellHas(rest)) return p + ZWNJ + rest;
  }
  return null;
}

/**
 * Arabic compounds with the article: a lexicon word of ≥ 3 letters ending in a joining letter, then
 * «ال» + a word («نهجالبلاغه» → «نهج‌البلاغه», «جلالالدین» → «جلال‌الدین», «خادمالشریعه»).
 * The part after «ال» must be a word or an «ال» word of the lexicon («کاتالونیا» is kept).
 */
function arabicArticleSplit(w: string): string | null {
  if (hunspellHas(w)) return null;
  for (let i = 3; i <= w.length - 5; i++) {
    if (w.charCodeAt(i) !== 0x0627 || w.charCodeAt(i + 1) !== 0x0644) continue;
    const x = w.slice(0, i);
    if (!joinsForward(lastChar(x)) || !hasWord(x) || STOP.has(x)) continue;
    const y = w.slice(i + 2);
    if (!hasWord(y) && !hasWord('ال' + y)) continue;
    return x + ZWNJ + w.slice(i);
  }
  return null;
}

/** A lexicon word of ≥ 3 letters + a second part of {@link REPAIR_SECONDS} («منتجبنیا» → «منتجب‌نیا»). */
function repairSecondSplit(w: string): string | null {
  if (hunspellHas(w)) return null;
  for (let k = 3; k <= w.length - 2; k++) {
    const second = w.slice(k);
    if (!REPAIR_SECONDS.has(second)) continue;
    const first = w.slice(0, k);
    if (joinsForward(lastChar(first)) && hasWord(first) && !STOP.has(first)) return first + ZWNJ + second;
  }
  return null;
}

/** The plural of a word these repair rules cut («دانشبنیانها» → «دانش‌بنیان‌ها»). */
function pluralOfRepaired(w: string): string | null {
  for (const s of PLURAL_SUFFIXES) {
    if (!w.endsWith(s) || w.length - s.length < 4) continue;
    const stem = w.slice(0, w.length - s.length);
    if (!joinsForward(lastChar(stem)) || hasWord(stem)) return null;
    const r = repairJoined(stem);
    return r === null ? null : r + ZWNJ + s;
  }
  return null;
}

/**
 * The indefinite «ای» after a word of ≥ 5 letters in ی («پیروزیای» → «پیروزی‌ای»); not when the
 * word without its last letter is a word in «…یا» with the ezafe («دنیای»), and not after short
 * words, which are often names in «…یا» («سوریای» is not «سوری» + «ای»).
 */
function indefiniteAfterYe(w: string): string | null {
  if (w.length < 7 || !w.endsWith('یای')) return null;
  const stem = w.slice(0, -2);
  if (!hasWord(stem) || hasWord(w.slice(0, -1)) || hunspellHas(w)) return null;
  return stem + ZWNJ + 'ای';
}

/**
 * «بی» before a word in «ا» («بیاهمیتی» → «بی‌اهمیتی», «بیاطلاعی»): the rest a word of both lists
 * of ≥ 5 letters and not a verb form («بیافتد», «بیاندازد» are subjunctives).
 */
function biBeforeAlef(w: string): string | null {
  if (!w.startsWith('بیا') || w.length < 7 || hunspellHas(w)) return null;
  const rest = w.slice(2);
  if (!hasWord(rest) || !hunspellHas(rest) || isVerbForm(rest)) return null;
  return 'بی' + ZWNJ + rest;
}

const MIN_WORD_PIECE = 3;

/**
 * A word neither list has, written joined, with exactly one reading as two words that both lists
 * have («جامجهانی» → «جام‌جهانی», «صنایعدستی» → «صنایع‌دستی»): both pieces of ≥ 3 letters, one of
 * ≥ 4 (two short pieces are mostly a foreign name's syllables: «ساسولو», «وینفرد»), the first
 * ending in a letter that joins and not a function word. Readings with a piece of 2 letters do
 * not count against it («تیمملی» is not «تیمم» + «لی»). Needs the hunspell list.
 */
function twoWordSplit(w: string): string | null {
  // a lexicon word + one letter is that word with a suffix («داستانک» is not «داس» + «تانک»)
  if (w.length < 2 * MIN_WORD_PIECE + 1 || hasWord(w.slice(0, -1))) return null;
  let cut = -1;
  for (let i = 2; i <= w.length - 2; i++) {
    if (!hasWord(w.slice(0, i)) || !hasWord(w.slice(i))) continue;
    if (cut >= 0) return null;
    cut = i;
  }
  if (cut < MIN_WORD_PIECE || w.length - cut < MIN_WORD_PIECE || (cut < 4 && w.length - cut < 4) || !joinsForward(w[cut - 1])) return null;
  const a = w.slice(0, cut);
  const b = w.slice(cut);
  if (STOP.has(a) || NOT_FIRST_WORD.has(a) || !hunspellHas(a) || !hunspellHas(b)) return null;
  // a plural second piece is more often an unknown word's own plural («داستانکها» is not «داس» + «تانکها»)
  for (const s of PLURAL_SUFFIXES) if (b.endsWith(s)) return null;
  return a + ZWNJ + b;
}

/**
 * The ZWNJ spelling of a compound core of the hunspell list (`compoundMask`), or null. ZWNJs after
 * ا د ذ ر ز ژ و are invisible and not inserted into a joined word; null when no other is left.
 */
export function listedCompound(w: string): string | null {
  const mask = compoundMask(w);
  if (mask === 0) return null;
  let out = '';
  let any = false;
  for (let i = 0; i < w.length; i++) {
    if (i > 0 && (mask & (1 << i)) !== 0 && joinsForward(w[i - 1])) {
      out += ZWNJ;
      any = true;
    }
    out += w[i];
  }
  return any ? out : null;
}

function splitByRules(w: string, depth: number): string | null {
  const compound = COMPOUND_BY_JOINED.get(w);
  if (compound) return compound.join(ZWNJ);

  // «برمی»/«درنمی»… + verb: «برمیگردد» → «برمی‌گردد» (the particle + the verb is a lexicon verb)
  for (const [pm, particle] of PARTICLE_MI) {
    if (!w.startsWith(pm) || w.length - pm.length < 2 || hasWord(w)) continue;
    const rest = w.slice(pm.length);
    if (isVerbForm(rest) && hasWord(particle + rest)) return pm + ZWNJ + rest;
  }

  // «می»/«نمی» + verb
  const prefix = w.startsWith('نمی') ? 'نمی' : w.startsWith('می') ? 'می' : '';
  if (prefix) {
    const rest = w.slice(prefix.length);
    // A lexicon word is split only when it is not a noun itself: «میدان» has «میدانها», while
    // «میگوید» (listed as «میگو» + «ید») has no plural and is the verb «می‌گوید».
    const lexical = hasWord(w) && !MI_VERB_OVERRIDE.has(w) && (hasWord(w + 'ها') || hasWord(w + 'های') || w.length <= 4);
    if (!lexical && isVerbForm(rest)) return prefix + ZWNJ + rest;
  }

  // plural suffixes
  for (const s of PLURAL_SUFFIXES) {
    if (!w.endsWith(s) || w.length - s.length < 2) continue;
    const stem = w.slice(0, w.length - s.length);
    if (hasWord(w + 'ها')) return null; // the whole word is itself a noun («تنها» → «تنهاها»)
    // «…های» / «…هایم» may also be «…ه» + «ای» / «ایم»
    if (s === 'های' || s === 'هایم') {
      const heStem = stem + 'ه';
      // «Xه» a word, or a compound of the lists («فوقالعادهای» → «فوق‌العاده‌ای»)
      const heForm = hasWord(heStem) ? heStem : wordOrCompound(heStem);
      if (heForm !== null) {
        const clitic = s === 'های' ? 'ای' : 'ایم';
        const participle = /[دت]ه$/.test(heStem) && s === 'هایم';
        if (PREFER_HE_AY.has(heStem) || participle || heForm !== heStem) return heForm + ZWNJ + clitic;
        // Ambiguous «…های»: a verb stem («شد»، «کرد») means «شده‌ای»; otherwise the plural is
        // far more frequent («سال‌های»، «گروه‌های») and wins below.
        if (stemForm(stem, depth - 1) === null || PAST_STEMS.has(stem)) return heForm + ZWNJ + clitic;
        // a stem the lexicon never pluralizes («برجست»، «اندیش»، «دوستان») is not a plural here
        if (!hasWord(stem + 'ها') && !hasWord(stem + 'های') && listedCompound(stem) === null) return heForm + ZWNJ + clitic;
        // both readings are words: after ا د ر ز و the plural carries no ZWNJ, keep as written;
        // otherwise the plural is the more frequent reading («سال‌های»، «گروه‌های»).
        if (!joinsForward(lastChar(stem))) return null;
      }
    }
    if (!joinsForward(lastChar(stem))) return null; // invisible after ا د ذ ر ز ژ و: left joined
    const st = stemForm(stem, depth - 1);
    return st === null ? null : st + ZWNJ + s;
  }

  // «ه» + clitic: «رفتهاند» → «رفته‌اند», «برنامهای» → «برنامه‌ای»
  for (const s of HE_CLITICS) {
    if (!w.endsWith(s)) continue;
    const stem = w.slice(0, w.length - s.length);
    if (stem.length < 3 || lastChar(stem) !== 'ه' || STOP.has(stem)) continue;
    const st = wordOrCompound(stem);
    if (st === null || hasWord(w + 'ها')) continue;
    if (s !== 'ای' && hasWord(w)) continue;
    return st + ZWNJ + s;
  }

  // «ی» of the ezafe after silent ه: «برنامهی» → «برنامه‌ی» («آگاهی»، «گروهی» are lexicon words)
  // (not after a compound of the hunspell list: its «بی‌توجهی» is the noun in «ی», not the ezafe)
  if (w.endsWith('هی') && w.length >= 4 && !hasWord(w)) {
    const base = w.slice(0, -1);
    const curated = COMPOUND_BY_JOINED.get(base);
    if (hasWord(base) || curated) return (curated ? curated.join(ZWNJ) : base) + ZWNJ + 'ی';
  }

  // clitics after ی: «بازیاش» → «بازی‌اش», «ایرانیاند» → «ایرانی‌اند»
  for (const s of YE_CLITICS) {
    if (!w.endsWith(s)) continue;
    const stem = w.slice(0, w.length - s.length);
    if (stem.length < 3 || lastChar(stem) !== 'ی' || STOP.has(stem) || hasWord(w)) continue;
    const st = wordOrCompound(stem);
    if (st === null) continue;
    return st + ZWNJ + s;
  }

  // «بی» + word: «بینظیر» → «بی‌نظیر» when the joined form is not itself a lexicon word («بیکار»، «بیمار»)
  if (w.startsWith('بی') && w.length >= 4 && !hasWord(w)) {
    const rest = w.slice(2);
    // «بیافتد» is the subjunctive of «افتادن»; short rests are mostly names («بیکان»)
    const ok = rest.length >= 4 ? rest[0] !== 'ا' : SHORT_AFTER_BI.has(rest);
    if (ok && !NOT_AFTER_BI.has(rest) && hasWord(rest) && !hasWord(w + 'ها')) return 'بی' + ZWNJ + rest;
  }

  // comparative
  for (const s of COMPARATIVE_SUFFIXES) {
    if (!w.endsWith(s)) continue;
    const stem = w.slice(0, w.length - s.length);
    if (stem.length < 2 || !joinsForward(lastChar(stem))) return null;
    if (hasWord(stem) && hasWord(stem + 'ترین')) return stem + ZWNJ + s;
    // a compound of the lists («ایدهآلترین» → «ایده‌آل‌ترین»)
    const compound = hasWord(w) || hasWord(stem) ? null : wordOrCompound(stem);
    if (compound !== null) return compound + ZWNJ + s;
    // adjectives in ی / ه whose comparative the lexicon lacks: «قویتر»، «تازهترین» («کارتر» stays)
    // (the stem must be a word itself: «روتیتر» is not «روتی» + «تر»)
    if (stem.length >= 3 && !hasWord(w) && hasWord(stem) && isAdjectiveLike(stem) && !NOT_COMPARATIVES.has(w)) return stem + ZWNJ + s;
    return null;
  }

  return splitCompoundSecond(w);
}

/** Words that never host a name's second part («هر نژاد») or an indefinite «ای» («ولی ای کاش»). */
const NAME_HOST_STOP = new Set(['هر', 'هیچ', 'همه', 'یک', 'دو', 'سه', 'چند', 'نه', 'ولی', 'اما', 'برای', 'تو', 'من', 'او', 'ما', 'شما', 'یعنی', 'حتی', 'وقتی', 'گاهی', 'کسی', 'چیزی', 'جایی']);
/** Words after a vocative «ای» («ای کاش»، «ای مردم»). */
const VOCATIVE_NEXT = new Set(['کاش', 'وای', 'خدا', 'خدای', 'مردم', 'بابا', 'دوست', 'دوستان', 'برادران', 'خواهران', 'جوانان', 'کسانی', 'آنکه', 'آن', 'که']);
/** After a word in ه, «ای که» / «ای آن» is the indefinite with a relative clause («جلسه‌ای که»), not a vocative. */
const VOCATIVE_NEXT_AFTER_HE = new Set([...VOCATIVE_NEXT].filter((w) => w !== 'که' && w !== 'آن' && w !== 'آنکه'));
function isVocative(keys: readonly string[], j: number, afterHe = false): boolean {
  const after = keys[j + 1];
  return after !== undefined && (afterHe ? VOCATIVE_NEXT_AFTER_HE : VOCATIVE_NEXT).has(after);
}
/** Newsroom words ending in «تر» that are not comparatives (the lexicon lacks them): «سوتیتر» is not «سوتی» + «تر». */
const NOT_COMPARATIVES = new Set(['روتیتر', 'سوتیتر', 'میانتیتر']);

/** Adjective endings whose comparative takes «تر»: «قوی»، «اصلی»، «تازه»، «ساده». */
function isAdjectiveLike(stem: string): boolean {
  const c = lastChar(stem);
  return c === 'ی' || c === 'ه';
}

/**
 * How many following words join the current one across single spaces (0 = none). Decided on
 * lookup keys only (ZWNJ and diacritics removed), so the search analyzer can make exactly the same
 * decisions on raw text: `keys[j]` is the next word, `spaced[t]` tells whether word `t` follows the
 * previous word after exactly one space. `kc` is the key of the current (possibly already joined) word.
 */
export function spacedJoinLength(kc: string, keys: readonly string[], spaced: ArrayLike<boolean | number>, j: number): number {
  const kn = keys[j];
  if (kn === undefined || kc.length === 0 || kn.length === 0 || kc.length > MAX_WORD * 4 || kn.length > MAX_WORD) return 0;
  // fast path: every rule below needs one of these first or next words (most word pairs have neither)
  if ((JOIN_NEXT_EDGES[edgeKey(kn)] === 0 || !JOIN_NEXT.has(kn)) && (JOIN_FIRST_EDGES[edgeKey(kc)] === 0 || !JOIN_FIRST.has(kc))) return 0;

  if ((kc === 'می' || kc === 'نمی') && isVerbForm(kn)) return 1;
  const particle = PARTICLE_MI.get(kc);
  if (particle !== undefined && isVerbForm(kn) && hasWord(particle + kn)) return 1;

  const stopped = STOP.has(kc);
  if (PLURAL_SET.has(kn) && kc.length >= 2 && (!stopped || PLURAL_HOSTS_IN_STOP.has(kc))) return 1;
  if (COMPARATIVE_SET.has(kn) && !stopped && kc.length >= 2) {
    // «ترین» never stands alone; «تر» ("wet") does, so it needs an adjective before it
    if (kn === 'ترین' || hasWord(kc + 'ترین') || (hasWord(kc) && isAdjectiveLike(kc))) return 1;
  }
  if (HE_CLITIC_SET.has(kn) && kc.length >= 3 && (lastChar(kc) === 'ه' || lastChar(kc) === 'ة') && !stopped) {
    if (kn !== 'ای' || !isVocative(keys, j, true)) return 1;
  }
  // the indefinite «ای» after ی: «مربی ای» → «مربی‌ای» (not the vocative «ولی ای کاش»)
  if (kn === 'ای' && kc.length >= 3 && lastChar(kc) === 'ی' && !stopped && !NAME_HOST_STOP.has(kc) && hasWord(kc) && !isVocative(keys, j)) return 1;
  // the ezafe «ی» after silent ه: «برنامه ی» → «برنامه‌ی»
  if (kn === 'ی' && kc.length >= 2 && lastChar(kc) === 'ه' && !stopped) return 1;
  if (FREE_CLITICS.has(kn) && kc.length >= 2 && !stopped) return 1;
  if (YE_CLITIC_SET.has(kn) && kc.length >= 2 && lastChar(kc) === 'ی' && !stopped && !LETTER_NAMES.has(kc) && hasWord(kc)) return 1;
  if (NAME_SECONDS.has(kn) && kc.length >= 2 && !stopped && !NAME_HOST_STOP.has(kc)) {
    const after = keys[j + 1];
    if (!(kn === 'زاده' && after !== undefined && spaced[j + 1] && ZADE_VERB.has(after))) return 1;
  }
  if (COMPOUND_SECONDS.has(kn) && kc.length >= 2 && !stopped && hasWord(kc)) return 1;
  const tails = COMPOUND_BY_FIRST.get(kc);
  if (tails) {
    for (const tail of tails) {
      let ok = true;
      for (let t = 0; t < tail.length; t++) {
        if (keys[j + t] !== tail[t] || (t > 0 && !spaced[j + t])) {
          ok = false;
          break;
        }
      }
      if (ok) return tail.length;
    }
  }
  if (kn === 'و' && spaced[j + 1] && j + 1 < keys.length) {
    const tails2 = VA_COMPOUNDS.get(kc);
    if (tails2 && tails2.has(keys[j + 1])) return 2;
  }
  if (kc === 'بی' && kn.length >= 2 && !NOT_AFTER_BI.has(kn) && hasWord(kn)) return 1;
  return 0;
}

/** The next words and the first words the rules of {@link spacedJoinLength} can join; keep in step with them. */
const JOIN_NEXT = new Set<string>([
  ...PLURAL_SET, ...COMPARATIVE_SET, ...HE_CLITIC_SET, 'ای', 'ی', ...FREE_CLITICS, ...YE_CLITIC_SET,
  ...NAME_SECONDS, ...COMPOUND_SECONDS, 'و',
]);
const JOIN_FIRST = new Set<string>(['می', 'نمی', ...PARTICLE_MI.keys(), ...COMPOUND_BY_FIRST.keys(), ...VA_COMPOUNDS.keys(), 'بی']);
const JOIN_NEXT_EDGES = edgeTable(JOIN_NEXT);
const JOIN_FIRST_EDGES = edgeTable(JOIN_FIRST);

/** Is the join of `used` words after `kc` an «X و Y» compound, written «X‌وY»? */
function isVaJoin(kc: string, keys: readonly string[], j: number, used: number): boolean {
  return used === 2 && keys[j] === 'و' && (VA_COMPOUNDS.get(kc)?.has(keys[j + 1]) ?? false);
}

// Words repeat heavily in news text; the decision per word is pure, so it is memoized.
// Why bounded: the cache is cleared when full so memory stays flat on unbounded input.
const cachedSplit = boundedMemo(repairJoined, 100_000);

/** Remove ZWNJs at word edges and doubled ones inside a word token. */
function cleanWord(w: string): string {
  if (w.indexOf(ZWNJ) < 0) return w;
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    if (ch === ZWNJ) {
      if (out.length === 0 || out[out.length - 1] === ZWNJ) continue;
    }
    out += ch;
  }
  while (out.endsWith(ZWNJ)) out = out.slice(0, -1);
  return out;
}

function isWordCode(c: number): boolean {
  return c === 0x200c || isArabicLetterCode(c) || isArabicMarkCode(c) || INVISIBLE_IN_WORD.has(c);
}
/**
 * Invisible characters the analyzer drops inside a word (ZWJ, word joiner, BOM, bidi marks):
 * they belong to the word here too, so «ترین‍ا» is not read as the suffix «ترین»
 * followed by something else — both sides must cut words the same way.
 */
const INVISIBLE_IN_WORD = new Set([0x200d, 0x2060, 0xfeff, 0x200e, 0x200f, 0x061c]);
// (Not the soft hyphen: real text types it where a ZWNJ belongs, «پیشرفت­ هایی», and the rules
// treat it as a separator there.)
/** isWordCode per code unit (a table: the split into words tests every character). */
const WORD_CODE = new Uint8Array(65536);
/** The kinds of word characters, as bits: a word's kinds tell whether it needs cleaning or a key of its own. */
const W_ZWNJ = 2;
const W_MARK = 4;
for (let c = 0; c < 65536; c++) if (isWordCode(c)) WORD_CODE[c] = c === 0x200c ? W_ZWNJ : isArabicMarkCode(c) ? W_MARK : 1;
/** 1 for the invisible characters of {@link INVISIBLE_IN_WORD}, per code unit. */
const INVISIBLE_CODE = new Uint8Array(65536);
for (const c of INVISIBLE_IN_WORD) INVISIBLE_CODE[c] = 1;

/**
 * Repair ZWNJs in already letter-normalized Persian text.
 * Words are maximal runs of Arabic-script letters, diacritics and ZWNJ.
 */
export function repairZwnj(s: string): string {
  // Split into alternating separator / word runs.
  const words: string[] = [];
  const seps: string[] = []; // seps[k] is the text between words[k] and words[k+1]
  // where words[k] is in `s` (from[k] to to[k]) and whether it was cleaned (a ZWNJ dropped); a
  // dropped run of bare ZWNJs (rare) makes the output the joined pieces rather than `s` patched
  const from: number[] = [];
  const to: number[] = [];
  const cleaned: boolean[] = [];
  // 1 when words[k] has no ZWNJ and no diacritic: it is its own lookup key and may be split
  const plain: number[] = [];
  let irregular = false;
  let lead = '';
  let i = 0;
  const n = s.length;
  let hasArabic = false;
  while (i < n) {
    const start = i;
    while (i < n && WORD_CODE[s.charCodeAt(i)] === 0) i++;
    const sep = s.slice(start, i);
    if (words.length === 0) lead = sep;
    else seps[words.length - 1] = sep;
    if (i >= n) break;
    const ws = i;
    let kinds = 0;
    for (let t; i < n && (t = WORD_CODE[s.charCodeAt(i)]) !== 0; i++) kinds |= t;
    const raw = s.slice(ws, i);
    const clean = (kinds & W_ZWNJ) === 0 ? raw : cleanWord(raw);
    if (clean.length === 0) {
      // a run of bare ZWNJs between non-letters: drop it, merge separators
      irregular = true;
      continue;
    }
    hasArabic = true;
    words.push(clean);
    from.push(ws);
    to.push(i);
    cleaned.push(clean.length !== raw.length);
    plain.push((kinds & W_MARK) === 0 && (clean === raw ? (kinds & W_ZWNJ) === 0 : clean.indexOf(ZWNJ) < 0) ? 1 : 0);
  }
  if (!hasArabic) return s.indexOf(ZWNJ) >= 0 ? lead : s;
  if (seps.length < words.length) seps[words.length - 1] = seps[words.length - 1] ?? '';

  const keys = words.map((w, t) => (plain[t] === 1 ? w : wordKey(w)));
  const spaced = new Uint8Array(words.length);
  for (let t = 1; t < words.length; t++) spaced[t] = seps[t - 1] === ' ' ? 1 : 0;
  // The output is `s` with the words that change replaced: most words and all separators are
  // copied in a few slices (or `s` returned as it is) rather than joined piece by piece.
  const out: string[] = irregular ? [lead] : [];
  let res = '';
  let copied = 0;
  let k = 0;
  while (k < words.length) {
    const k0 = k;
    let cur = words[k];
    // (repairJoined never splits a word of < 3 letters: no memo lookup for «از»، «به»، «در»…)
    if (cur.length >= 3 && plain[k] === 1) {
      const split = cachedSplit(cur);
      cur = cur.endsWith('های') ? heAyByContext(cur, split ?? cur, keys, k, seps) : (split ?? cur);
    }
    let kc = keys[k];
    // (a word with an invisible character at its edge is left as typed: a ZWNJ beside it
    // would be an invalid one, removed again by the next pass)
    while (k + 1 < words.length && seps[k] === ' ' && INVISIBLE_CODE[cur.charCodeAt(cur.length - 1)] === 0 && INVISIBLE_CODE[words[k + 1].charCodeAt(0)] === 0) {
      const used = spacedJoinLength(kc, keys, spaced, k + 1);
      if (used === 0) break;
      if (isVaJoin(kc, keys, k + 1, used)) cur += ZWNJ + words[k + 1] + words[k + 2];
      else for (let t = 1; t <= used; t++) cur += ZWNJ + words[k + t];
      for (let t = 1; t <= used; t++) kc += keys[k + t];
      k += used;
    }
    if (irregular) out.push(cur, seps[k] ?? '');
    else if (k !== k0 || cleaned[k0] || cur !== words[k0]) {
      res += s.slice(copied, from[k0]) + cur;
      copied = to[k];
    }
    k++;
  }
  if (irregular) return out.join('');
  return copied === 0 ? s : res + s.slice(copied);
}

/**
 * The two readings of a joined «Xهای» — the plural with its ezafe «X‌های» and the indefinite
 * «Xه‌ای» — when both are words; after a letter that does not join the plural is written as it is
 * («خاطرهای»). Null when the word has only one reading.
 */
function heAyReadings(w: string): readonly [string, string] | null {
  if (w.length < 5 || !w.endsWith('های') || NEVER_SPLIT.has(w) || hasWord(w + 'ها')) return null;
  const stem = w.slice(0, -3);
  const he = wordOrCompound(stem + 'ه');
  if (he === null) return null;
  if (!joinsForward(lastChar(stem))) return hasWord(stem) ? [w, he + ZWNJ + 'ای'] : null;
  const st = stemForm(stem, 1);
  return st === null ? null : [st + ZWNJ + 'های', he + ZWNJ + 'ای'];
}
const cachedHeAyReadings = boundedMemo(heAyReadings, 100_000);

/**
 * «Xهای» by its neighbours, where the word alone is ambiguous: after «این», «برخی»… the plural
 * («این حرف‌های»); before «را», «که», a preposition, «و» or «است»… the indefinite «Xه‌ای» (the
 * plural's ezafe always has a modifier after it: «ضربه‌ای به», «حادثه‌ای که»). Otherwise the
 * word's own decision (`split`, or the word as written).
 */
function heAyByContext(w: string, split: string, keys: readonly string[], k: number, seps: readonly string[]): string {
  const readings = cachedHeAyReadings(w);
  if (readings === null || (split !== readings[0] && split !== readings[1])) return split;
  // What follows decides first: a plural's ezafe needs a modifier after it, and «که», «را»… are not one.
  if (seps[k] === ' ' && HE_AY_NEXT.has(keys[k + 1])) return readings[1];
  if (k > 0 && seps[k - 1] === ' ' && PLURAL_PREV.has(keys[k - 1])) return readings[0];
  return split;
}

