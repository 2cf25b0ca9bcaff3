/**
 * Search analyzer: the same tokens for every spelling of a word. See docs/text-engine.md.
 * Presentation forms replaced first (only when present), one linear pass over UTF-16 code units
 * with table lookups, then linear passes over the tokens (the per-word cut decision is memoized).
 */
import { isArabicLetterCode, isHorizontalSpaceCode, joinsForward, SEARCH_FOLD_MAP, STORAGE_LETTER_MAP, ZWNJ } from './chars.js';
import { compoundCount, hasWord } from './lexicon.js';
import { boundedMemo, edgeKey, edgeTable } from './memo.js';
import { spacedJoinLength, splitJoined } from './zwnj.js';
import { COMPOUND_SECONDS, COMPOUNDS, JOINED_ONLY } from './zwnj-lists.js';

// Per code unit: 0 = separator, 1 = keep (mapped through FOLD), 2 = drop silently (joins the
// surrounding letters: ZWNJ, ZWJ, diacritics, kashida, bidi marks, soft hyphen).
const CLASS = new Uint8Array(65536);
const FOLD: string[] = new Array<string>(65536);
const SEP = 0;
const KEEP = 1;
const DROP = 2;
const ARABIC_FLAG = new Uint8Array(65536); // 1 when the folded char is an Arabic-script letter
// Per code unit: the letter as the storage normalizer writes it (ي → ی, ك → ک), for the lookup keys
// shared with the normalizer's join decisions; '' = not part of a key (diacritics, ZWNJ, non-Arabic).
const KEY: string[] = new Array<string>(65536).fill('');
/** 1 when a kept code unit folds to itself and, Arabic, is its own key letter. */
const AS_WRITTEN = new Uint8Array(65536);

(function buildTables(): void {
  const letterOrNumber = /[\p{L}\p{N}]/u;
  const mark = /\p{M}/u;
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue; // surrogates: astral symbols (emoji) are separators
    const ch = String.fromCharCode(c);
    if (letterOrNumber.test(ch)) {
      CLASS[c] = KEEP;
      FOLD[c] = ch.toLowerCase();
      if (FOLD[c].length !== 1) FOLD[c] = ch; // e.g. İ: keep as is rather than grow
    } else if (mark.test(ch)) {
      CLASS[c] = DROP;
    }
  }
  for (const c of [0x200c, 0x200d, 0x0640, 0x00ad, 0x200e, 0x200f, 0x061c, 0x2060, 0xfeff]) CLASS[c] = DROP;
  for (let c = 0x064b; c <= 0x065f; c++) CLASS[c] = DROP;
  CLASS[0x0670] = DROP;
  // digits → Latin
  for (let d = 0; d < 10; d++) {
    FOLD[0x06f0 + d] = String(d);
    FOLD[0x0660 + d] = String(d);
  }
  for (const [from, to] of Object.entries(SEARCH_FOLD_MAP)) {
    const c = from.charCodeAt(0);
    if (to === '') CLASS[c] = DROP;
    else {
      CLASS[c] = KEEP;
      FOLD[c] = to;
    }
  }
  for (let c = 0x0600; c <= 0x06ff; c++) {
    if (CLASS[c] === KEEP && !(c >= 0x0660 && c <= 0x0669) && !(c >= 0x06f0 && c <= 0x06f9)) ARABIC_FLAG[c] = 1;
  }
  for (let c = 0x0600; c <= 0x06ff; c++) if (isArabicLetterCode(c)) KEY[c] = String.fromCharCode(c);
  for (const [from, to] of Object.entries(STORAGE_LETTER_MAP)) KEY[from.charCodeAt(0)] = to;
  // ئ is kept as a placeholder and folded by its neighbours at the end (see foldHamza)
  CLASS[0x0626] = KEEP;
  FOLD[0x0626] = 'ئ';
  // kept as written, and as its own key when Arabic (see rawTokens): Persian letters as the normalizer writes them, a–z, 0–9
  for (let c = 0; c < 65536; c++) {
    if (CLASS[c] !== KEEP || FOLD[c] !== String.fromCharCode(c)) continue;
    if (ARABIC_FLAG[c] === 1 ? KEY[c] === FOLD[c] : KEY[c] === '') AS_WRITTEN[c] = 1;
  }
})();

/**
 * Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE) → their NFKC letters, applied to the
 * whole text before anything else («ﺀ» = «ء», «ﻻ» = «لا», «ﷲ» = «الله»). The isolated diacritic
 * forms (NFKC «space + mark») become the bare mark, so they stay diacritics.
 */
const PRESENTATION: string[] = new Array<string>(65536).fill('');
const HAS_PRESENTATION = /[\ufb50-\ufdff\ufe70-\ufefe]/;
const PRESENTATION_ALL = /[\ufb50-\ufdff\ufe70-\ufefe]/g;
(function buildPresentation(): void {
  const mark = /^\p{M}$/u;
  for (let c = 0xfb50; c <= 0xfefe; c++) {
    if (c > 0xfdff && c < 0xfe70) continue;
    const ch = String.fromCharCode(c);
    let base = ch.normalize('NFKC');
    if (base.length === 2 && base[0] === ' ' && mark.test(base[1])) base = base[1];
    PRESENTATION[c] = base;
  }
})();
const foldPresentation = (ch: string): string => PRESENTATION[ch.charCodeAt(0)];

/** Letters after which ئ is on a ی seat («مسائل» = «مسایل», «سوئد» = «سوید»). */
const YE_SEAT_AFTER = new Set(['ا', 'و']);
/** Letters before which ئ is on a ی seat («رئیس» = «رییس», «تئاتر», «توطئه»). */
const YE_SEAT_BEFORE = new Set(['ا', 'ی', 'ه']);
/**
 * The hamza on ی (ئ), folded by its neighbours to the letter the other spellings write:
 * before «وا» it is dropped («سئوال» = «سؤال» = «سوال»); before و it is و («مسئول» = «مسؤول» =
 * «مسوول»); between two letters other than the ی-seat ones it is ا («مسئله» = «مسأله» =
 * «مساله», «هیئت» = «هیأت» = «هیات», «جرئت» = «جرأت»); otherwise ی («رئیس» = «رییس», «ارائه» =
 * «ارایه», «پائیز» = «پاییز»). ؤ → و and أ → ا are plain letter folds.
 */
function foldHamza(tok: string): string {
  let out = '';
  const n = tok.length;
  for (let i = 0; i < n; i++) {
    const ch = tok[i];
    if (ch !== 'ئ') {
      out += ch;
      continue;
    }
    const prev = i > 0 ? tok[i - 1] : '';
    const next = i + 1 < n ? tok[i + 1] : '';
    if (next === 'و') {
      if (tok[i + 2] !== 'ا') out += 'و';
    } else if (prev !== '' && next !== '' && next !== 'ئ' && !YE_SEAT_AFTER.has(prev) && !YE_SEAT_BEFORE.has(next)) out += 'ا';
    else out += 'ی';
  }
  return out;
}

/** «X و Y» compounds («گفت و گو» = «گفت‌وگو»). */
const VA_COMPOUNDS = new Map<string, string>([
  ['گفت', 'گو'], ['جست', 'جو'], ['کسب', 'کار'], ['شست', 'شو'], ['رفت', 'امد'],
]);

const fold = (s: string): string => {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (CLASS[c] === KEEP) out += FOLD[c];
  }
  return out;
};

const PREFIX_MI = fold('می');
const PREFIX_NMI = fold('نمی');
const SUFFIXES = new Set(
  // «ای» (vocative «ای کاش») and «ام» are also words: they are joined only where the normalizer joins them
  ['ها', 'های', 'هایی', 'هایم', 'هایت', 'هایش', 'هایمان', 'هایتان', 'هایشان', 'تر', 'ترین', 'ایم', 'اید', 'اند'].map(fold),
);
const SECONDS = new Set([...COMPOUND_SECONDS].map(fold));
const COMPOUND_FIRSTS = new Map<string, Set<string>>();
for (const parts of COMPOUNDS) {
  if (parts.length !== 2) continue;
  const a = fold(parts[0]);
  const set = COMPOUND_FIRSTS.get(a) ?? new Set<string>();
  set.add(fold(parts[1]));
  COMPOUND_FIRSTS.set(a, set);
}

/**
 * Compounds whose spaced form is the ordinary spelling («به عنوان»): every spelling gives the two
 * tokens, so «به‌عنوان» and «بهعنوان» are split like the spaced form (which is never fused).
 */
const SPLIT_FIRSTS = new Map<string, string[]>();
for (const parts of JOINED_ONLY) {
  const a = fold(parts[0]);
  const list = SPLIT_FIRSTS.get(a) ?? [];
  list.push(fold(parts[1]));
  SPLIT_FIRSTS.set(a, list);
}
/** The first letters of SPLIT_FIRSTS and the shortest compound there: most tokens are ruled out by these. */
const SPLIT_FIRST_CODES = new Uint8Array(65536);
let SPLIT_MIN_LENGTH = Infinity;
for (const [first, seconds] of SPLIT_FIRSTS) {
  SPLIT_FIRST_CODES[first.charCodeAt(0)] = 1;
  for (const sec of seconds) SPLIT_MIN_LENGTH = Math.min(SPLIT_MIN_LENGTH, first.length + sec.length);
}
/** The first part of a joined-only compound at the start of `tok` («بهعنوان» → «به»), or ''. */
function joinedOnlyFirst(tok: string): string {
  if (tok.length < SPLIT_MIN_LENGTH || SPLIT_FIRST_CODES[tok.charCodeAt(0)] === 0) return '';
  for (const [first, seconds] of SPLIT_FIRSTS) {
    if (!tok.startsWith(first)) continue;
    const rest = tok.slice(first.length);
    for (const sec of seconds) {
      if (rest.startsWith(sec) && (rest.length === sec.length || SUFFIXES.has(rest.slice(sec.length)))) return first;
    }
  }
  return '';
}

/** Does `next` continue the curated compound started by `tok` (possibly with a suffix: «به» + «گونه‌ای»)? */
function compoundContinues(tok: string, next: string): boolean {
  const seconds = COMPOUND_FIRSTS.get(tok);
  if (seconds === undefined) return false;
  for (const sec of seconds) {
    if (next.startsWith(sec) && (next.length === sec.length || SUFFIXES.has(next.slice(sec.length)))) return true;
  }
  return false;
}
/** Quick "maybe" tables for the sets tested between every two tokens (see edgeTable). */
const NEXT_EDGES = edgeTable([...SUFFIXES, ...SECONDS]);
const FIRST_EDGES = edgeTable(COMPOUND_FIRSTS.keys());

/** Digits joined across thousands separators and a decimal point: «۱۲٬۳۴۵» = «12,345» → «12345»; «۳٫۵» = «3.5» → «3.5». */
function isDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x06f0 && c <= 0x06f9) || (c >= 0x0660 && c <= 0x0669);
}

/** Is the last kept character before `i` (past dropped ones: ZWNJ, diacritics…) a digit? */
function lastKeptIsDigit(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && CLASS[text.charCodeAt(j)] === DROP) j--;
  return j >= 0 && CLASS[text.charCodeAt(j)] === KEEP && isDigitCode(text.charCodeAt(j));
}

/**
 * Split folded text into raw tokens, each tagged whether it is Arabic-script, with its storage
 * lookup key (Arabic tokens), whether that key spells the whole token (`whole`: every letter has
 * its key letter, so the token can be cut where its key is cut) and whether it follows the
 * previous token after nothing but horizontal spaces (and ZWNJs next to them) — the normalizer's
 * "one space". Returns whether a ئ was seen (its fold is decided at the end).
 */
function rawTokens(text: string, tokens: string[], arabic: boolean[], keys: string[], whole: boolean[], spaced: number[]): boolean {
  const n = text.length;
  let cur = '';
  let key = '';
  // ≥ 0 while the token is text.slice(from, i) as written (and so is its key, for an Arabic
  // token): it is cut out once it ends, not built a character at a time; -1 when `cur` and `key` hold it
  let from = -1;
  let curArabic = false;
  let curWhole = true;
  let hamza = false;
  // gap state since the last token: 0 = no gap yet (start or token just ended), 1 = spaces only, 2 = anything else
  let gap = 2;
  const build = (end: number): void => {
    cur = text.slice(from, end);
    key = curArabic ? cur : '';
    from = -1;
  };
  const flush = (end: number, nextGap: number): void => {
    if (from >= 0) build(end);
    tokens.push(cur);
    arabic.push(curArabic);
    keys.push(curArabic ? key : '');
    whole.push(curArabic && curWhole);
    cur = '';
    key = '';
    curWhole = true;
    gap = nextGap;
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const cls = CLASS[c];
    if (cls === KEEP) {
      // a change of script (Arabic letters vs digits/Latin/other) ends the token: «های1» → «های» «1»
      const isArabic = ARABIC_FLAG[c] === 1;
      if ((from >= 0 || cur.length > 0) && isArabic !== curArabic) flush(i, 2);
      if (from < 0 && cur.length === 0) {
        spaced.push(gap === 1 ? 1 : 0);
        if (AS_WRITTEN[c] === 1) from = i;
      } else if (from >= 0 && AS_WRITTEN[c] !== 1) build(i);
      if (from < 0) {
        cur += FOLD[c];
        const k = KEY[c];
        if (k === '') curWhole = false;
        else key += k;
      }
      if (c === 0x0626) hamza = true;
      curArabic = isArabic;
    } else if (cls === DROP) {
      if (from >= 0) build(i);
      if (cur.length > 0) {
        key += KEY[c]; // standalone hamza is in the key («شاءالله»)
        // ی + hamza above, a decomposed ئ
        if (c === 0x0654 && cur.charCodeAt(cur.length - 1) === 0x06cc) {
          cur = cur.slice(0, -1) + 'ئ';
          curWhole = false;
          hamza = true;
        }
      } else if (c !== 0x200c) gap = 2;
      continue;
    } else {
      // number separators between digits stay inside the token
      if ((c === 0x2c || c === 0x066c || c === 0x2e || c === 0x066b) && (from >= 0 || cur.length > 0) && i + 1 < n) {
        let j = i + 1;
        while (j < n && CLASS[text.charCodeAt(j)] === DROP) j++;
        const next = j < n ? text.charCodeAt(j) : 0;
        if (isDigitCode(next) && lastKeptIsDigit(text, i)) {
          if (from >= 0) build(i);
          if (c === 0x2e || c === 0x066b) cur += '.';
          continue;
        }
      }
      if (from >= 0 || cur.length > 0) {
        flush(i, 0);
        curArabic = false;
      }
      const space = isHorizontalSpaceCode(c);
      gap = space && gap !== 2 ? 1 : 2;
    }
  }
  if (from >= 0 || cur.length > 0) flush(n, 2);
  return hamza;
}

// ---- Cutting a written word into the words its spaced spelling has ---------------------------

const ONE_SPACE = new Uint8Array(64).fill(1); // a key of ≤ 40 letters has fewer pieces

/** Group pieces with the normalizer's spaced-join decisions, as if one space separated each. */
function regroup(pieces: readonly string[]): string[] {
  const groups: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    let kc = pieces[i];
    while (i + 1 < pieces.length) {
      const used = spacedJoinLength(kc, pieces, ONE_SPACE, i + 1);
      if (used === 0) break;
      for (let t = 1; t <= used; t++) kc += pieces[i + t];
      i += used;
    }
    groups.push(kc);
  }
  return groups;
}

/** A key that stands as one word: a lexicon word, or one the normalizer cuts into pieces its own rules rejoin («جمهورها»). */
function standsAlone(k: string): boolean {
  if (hasWord(k)) return true;
  const sj = splitJoined(k);
  return sj !== null && regroup(sj.split(ZWNJ)).length === 1;
}

/** Pronoun letters that make a second, spurious reading of a joined word («تعریفش» + «ده»). */
const CLITIC_LETTERS = new Set(['م', 'ش', 'ت']);
/** Shortest piece a non-lexicon word is cut into. */
const MIN_PIECE = 3;

/**
 * The words a written word stands for, decided on its key alone (no ZWNJ: a ZWNJ and nothing are
 * the same spelling), when they are more than one; null keeps it one token.
 * - The normalizer's own cut (`splitJoined`, the part of `repairJoined` the analyzer shares) when it has one, its pieces regrouped with the
 *   spaced-join rules: «میشود», «کتابها» stay one; «فتنهگران» → «فتنه», «گران» like «فتنه گران».
 * - Otherwise a word that is not in the lexicon is cut in two when it has exactly one reading as
 *   two words that stand alone (lexicon words, or words the normalizer cuts and its rules rejoin),
 *   the spaced-join rules read no point of it as one word, both pieces have ≥ 3 letters and the
 *   first ends in a joining letter: «رئیسجمهور» → «رئیس», «جمهور» like «رئیس جمهور».
 */
function wordsOf(k: string): string[] | null {
  if (k.length < 2 * MIN_PIECE || k.length > 40) return null;
  const sj = splitJoined(k);
  if (sj !== null) {
    const groups = regroup(sj.split(ZWNJ));
    return groups.length > 1 ? groups : null;
  }
  if (hasWord(k)) return null;
  const cuts: number[] = [];
  const pair = ['', ''];
  for (let i = 1; i < k.length; i++) {
    pair[0] = k.slice(0, i);
    pair[1] = k.slice(i);
    // the spaced-join rules read it as one word here («منتقمیفر» = «منتقمی» + «فر», «داستانکها»)
    if (spacedJoinLength(pair[0], pair, ONE_SPACE, 1) > 0) return null;
    if (i < 2 || k.length - i < 2 || !standsAlone(pair[0]) || !standsAlone(pair[1])) continue;
    cuts.push(i);
    if (cuts.length > 2) return null;
  }
  if (cuts.length === 0) return null;
  const cut = cuts[0];
  // two readings, even with a short piece («درمورد»: «در» + «مورد» or «درم» + «ورد»), keep it whole,
  // except a first piece that merely carries a pronoun letter of the next («عقب» + «مانده», not «عقبم» + «انده»)
  if (cuts.length === 2 && !(cuts[1] === cut + 1 && CLITIC_LETTERS.has(k[cut]))) return null;
  // a cut must show: both pieces of ≥ 3 letters, the first ending in a letter that joins (after
  // ا د ذ ر ز ژ و a joined spelling looks spaced, and «لیونل», «راموس», «مارکا» are left alone)
  if (cut < MIN_PIECE || k.length - cut < MIN_PIECE || !joinsForward(k[cut - 1])) return null;
  return [k.slice(0, cut), k.slice(cut)];
}

// Words repeat heavily; the decision per key is pure, so it is memoized (cleared when full, so
// memory stays flat on unbounded input).
const memoWordsOf = boundedMemo(wordsOf, 100_000);
function cachedWordsOf(k: string): string[] | null {
  return k.length < 2 * MIN_PIECE ? null : memoWordsOf(k); // too short to cut (most words): no lookup
}

/**
 * Search tokens for indexing and for queries. Letters folded (Arabic ي ك ة ۀ, alef/hamza forms,
 * diacritics, kashida, presentation forms), digits to Latin, Latin lower-cased; pieces written
 * with a ZWNJ, a space or nothing between them grouped the same way: by the normalizer's join
 * decisions, then cut into the words of their spaced spelling, then the wider rejoins
 * («می شود» → «میشود», «کتاب ها» → «کتابها», «رئیس‌جمهور» → «رییس», «جمهور»).
 */
export function analyze(input: string): string[] {
  // 0. presentation forms first, so every later step sees the plain letters
  const text = HAS_PRESENTATION.test(input) ? input.replace(PRESENTATION_ALL, foldPresentation) : input;
  const raw: string[] = [];
  const rawArabic: boolean[] = [];
  const keys: string[] = [];
  const rawWhole: boolean[] = [];
  const spaced: number[] = [];
  const hamza = rawTokens(text, raw, rawArabic, keys, rawWhole, spaced);
  // 1. the normalizer's own joins («تیم مان» → «تیم‌مان»), decided on the same storage keys, so
  //    a raw text and its normalized form group their pieces identically; then each group is cut
  //    into the words of its spaced spelling, decided on its key alone (so a ZWNJ, or the
  //    normalizer's ZWNJ, and nothing give the same cut)
  const tokens: string[] = [];
  const arabic: boolean[] = [];
  for (let i = 0; i < raw.length; i++) {
    let tok = raw[i];
    if (rawArabic[i]) {
      let kc = keys[i];
      let whole = rawWhole[i];
      while (i + 1 < raw.length && rawArabic[i + 1] && spaced[i + 1] === 1) {
        const used = spacedJoinLength(kc, keys, spaced, i + 1);
        if (used === 0) break;
        for (let t = 1; t <= used; t++) {
          tok += raw[i + t];
          kc += keys[i + t];
          whole &&= rawWhole[i + t];
        }
        i += used;
      }
      const words = whole ? cachedWordsOf(kc) : null;
      if (words !== null) {
        for (const w of words) {
          tokens.push(fold(w));
          arabic.push(true);
        }
        continue;
      }
    }
    tokens.push(tok);
    arabic.push(rawArabic[i]);
  }
  // 2. the analyzer's wider rejoins (a superset, applied to both spellings alike)
  const out: string[] = [];
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    let tok = tokens[i];
    if (arabic[i]) {
      // «به‌عنوان» / «بهعنوان» → «به», «عنوان», like the ordinary spaced spelling
      const first = joinedOnlyFirst(tok);
      if (first !== '') {
        out.push(first);
        tok = tok.slice(first.length);
      }
      // prefix pieces glue to the following word
      if ((tok === PREFIX_MI || tok === PREFIX_NMI) && i + 1 < n && arabic[i + 1]) {
        tok += tokens[++i];
      }
      // «بی» glues to the next word («بی نظیر» = «بی‌نظیر»); a superset of what the normalizer joins
      if (tok === 'بی' && i + 1 < n && arabic[i + 1]) {
        tok += tokens[++i];
      }
      // «گفت و گو» = «گفت‌وگو»
      if (i + 2 < n && tokens[i + 1] === 'و' && arabic[i + 2] && VA_COMPOUNDS.get(tok) === tokens[i + 2]) {
        tok += 'و' + tokens[i + 2];
        i += 2;
      }
      // suffix pieces and compound second parts glue to the previous word
      while (i + 1 < n && arabic[i + 1]) {
        const next = tokens[i + 1];
        if ((NEXT_EDGES[edgeKey(next)] === 1 && (SUFFIXES.has(next) || SECONDS.has(next))) || (FIRST_EDGES[edgeKey(tok)] === 1 && compoundContinues(tok, next))) {
          tok += next;
          i++;
        } else break;
      }
    }
    out.push(tok);
  }
  // 3. ئ by its neighbours, within the final token
  if (hamza) for (let i = 0; i < out.length; i++) if (out[i].indexOf('ئ') >= 0) out[i] = foldHamza(out[i]);
  return out;
}

/** Analyze a query term or phrase exactly like indexed text. */
export function analyzeQuery(text: string): string[] {
  return analyze(text);
}

/** Bump whenever a change to the rules changes the tokens of some text. */
const RULES_VERSION = 3;
/**
 * The version of the analyzer's output: search indexes record it and rebuild themselves when it
 * differs. The hunspell compound list (`lexicon.ts`) changes the cuts too, so how many compounds it
 * gave (0 without it) is part of the version — rules × 1,000,000 + compounds (3,023,345 with the
 * list, 3,000,000 without): an index built with the list is rebuilt on a machine without it, and
 * the other way round.
 */
export const ANALYZER_VERSION: number = RULES_VERSION * 1_000_000 + compoundCount;
