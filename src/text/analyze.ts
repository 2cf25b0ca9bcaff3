/**
 * Search analyzer: the same tokens for every spelling of a word. See docs/text-engine.md.
 * One linear pass over UTF-16 code units with table lookups, then a linear rejoin pass.
 */
import { isArabicLetterCode, isHorizontalSpaceCode, SEARCH_FOLD_MAP, STORAGE_LETTER_MAP } from './chars.js';
import { spacedJoinLength } from './zwnj.js';
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
  for (let c = 0xfb50; c <= 0xfeff; c++) {
    // Arabic presentation forms: fold through NFKC to the base letter
    if (CLASS[c] !== KEEP) continue;
    const base = String.fromCharCode(c).normalize('NFKC');
    if (base.length === 1) {
      const b = base.charCodeAt(0);
      FOLD[c] = CLASS[b] === KEEP ? FOLD[b] : base;
      ARABIC_FLAG[c] = ARABIC_FLAG[b];
    }
  }
})();

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

const PREFIXES = new Set(['می', 'نمی'].map(fold));
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
/** The first part of a joined-only compound at the start of `tok` («بهعنوان» → «به»), or ''. */
function joinedOnlyFirst(tok: string): string {
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

/** Digits joined across thousands separators and a decimal point: «۱۲٬۳۴۵» = «12,345» → «12345»; «۳٫۵» = «3.5» → «3.5». */
function isDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x06f0 && c <= 0x06f9) || (c >= 0x0660 && c <= 0x0669);
}

/**
 * Split folded text into raw tokens, each tagged whether it is Arabic-script, with its storage
 * lookup key (Arabic tokens) and whether it follows the previous token after nothing but
 * horizontal spaces (and ZWNJs next to them) — the normalizer's "one space".
 */
function rawTokens(text: string, tokens: string[], arabic: boolean[], keys: string[], spaced: number[]): void {
  const n = text.length;
  let cur = '';
  let key = '';
  let curArabic = false;
  let lastKeptDigit = false;
  // gap state since the last token: 0 = no gap yet (start or token just ended), 1 = spaces only, 2 = anything else
  let gap = 2;
  const flush = (nextGap: number): void => {
    tokens.push(cur);
    arabic.push(curArabic);
    keys.push(curArabic ? key : '');
    cur = '';
    key = '';
    gap = nextGap;
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const cls = CLASS[c];
    if (cls === KEEP) {
      // a change of script (Arabic letters vs digits/Latin/other) ends the token: «های1» → «های» «1»
      const isArabic = ARABIC_FLAG[c] === 1;
      if (cur.length > 0 && isArabic !== curArabic) flush(2);
      if (cur.length === 0) spaced.push(gap === 1 ? 1 : 0);
      cur += FOLD[c];
      key += KEY[c];
      curArabic = isArabic;
      lastKeptDigit = isDigitCode(c);
    } else if (cls === DROP) {
      if (cur.length > 0) key += KEY[c]; // standalone hamza is in the key («شاءالله»)
      else if (c !== 0x200c) gap = 2;
      continue;
    } else {
      // number separators between digits stay inside the token
      if ((c === 0x2c || c === 0x066c || c === 0x2e || c === 0x066b) && cur.length > 0 && i + 1 < n) {
        let j = i + 1;
        while (j < n && CLASS[text.charCodeAt(j)] === DROP) j++;
        const next = j < n ? text.charCodeAt(j) : 0;
        if (lastKeptDigit && isDigitCode(next)) {
          if (c === 0x2e || c === 0x066b) cur += '.';
          continue;
        }
      }
      if (cur.length > 0) {
        flush(0);
        curArabic = false;
      }
      const space = isHorizontalSpaceCode(c);
      gap = space && gap !== 2 ? 1 : 2;
      lastKeptDigit = false;
    }
  }
  if (cur.length > 0) flush(2);
}

/**
 * Search tokens for indexing and for queries. Letters folded (Arabic ي ك ة ۀ, alef/hamza forms,
 * diacritics, kashida), digits to Latin, ZWNJ removed (the pieces are joined), Latin lower-cased,
 * and space-separated prefix/suffix pieces rejoined («می شود» → «میشود», «کتاب ها» → «کتابها»).
 */
export function analyze(text: string): string[] {
  const raw: string[] = [];
  const rawArabic: boolean[] = [];
  const keys: string[] = [];
  const spaced: number[] = [];
  rawTokens(text, raw, rawArabic, keys, spaced);
  // 1. the normalizer's own joins («تیم مان» → «تیم‌مان»), decided on the same storage keys, so
  //    a raw text and its normalized form group their pieces identically
  const tokens: string[] = [];
  const arabic: boolean[] = [];
  for (let i = 0; i < raw.length; i++) {
    let tok = raw[i];
    if (rawArabic[i]) {
      let kc = keys[i];
      while (i + 1 < raw.length && rawArabic[i + 1] && spaced[i + 1] === 1) {
        const used = spacedJoinLength(kc, keys, spaced, i + 1);
        if (used === 0) break;
        for (let t = 1; t <= used; t++) {
          tok += raw[i + t];
          kc += keys[i + t];
        }
        i += used;
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
      if (PREFIXES.has(tok) && i + 1 < n && arabic[i + 1]) {
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
        if (SUFFIXES.has(next) || SECONDS.has(next) || compoundContinues(tok, next)) {
          tok += next;
          i++;
        } else break;
      }
    }
    out.push(tok);
  }
  return out;
}

/** Analyze a query term or phrase exactly like indexed text. */
export function analyzeQuery(text: string): string[] {
  return analyze(text);
}
