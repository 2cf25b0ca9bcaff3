/**
 * Search analyzer: the same tokens for every spelling of a word. See docs/text-engine.md.
 * One linear pass over UTF-16 code units with table lookups, then a linear rejoin pass.
 */
import { SEARCH_FOLD_MAP } from './chars.js';
import { COMPOUND_SECONDS, COMPOUNDS, JOINED_ONLY } from './zwnj-lists.js';

// Per code unit: 0 = separator, 1 = keep (mapped through FOLD), 2 = drop silently (joins the
// surrounding letters: ZWNJ, ZWJ, diacritics, kashida, bidi marks, soft hyphen).
const CLASS = new Uint8Array(65536);
const FOLD: string[] = new Array<string>(65536);
const SEP = 0;
const KEEP = 1;
const DROP = 2;
const ARABIC_FLAG = new Uint8Array(65536); // 1 when the folded char is an Arabic-script letter

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
  ['ها', 'های', 'هایی', 'هایم', 'هایت', 'هایش', 'هایمان', 'هایتان', 'هایشان', 'تر', 'ترین', 'ای', 'ام', 'ایم', 'اید', 'اند'].map(fold),
);
const SECONDS = new Set([...COMPOUND_SECONDS].map(fold));
const COMPOUND_FIRSTS = new Map<string, Set<string>>();
for (const parts of [...COMPOUNDS, ...JOINED_ONLY]) {
  if (parts.length !== 2) continue;
  const a = fold(parts[0]);
  const set = COMPOUND_FIRSTS.get(a) ?? new Set<string>();
  set.add(fold(parts[1]));
  COMPOUND_FIRSTS.set(a, set);
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

/** Split folded text into raw tokens, each tagged whether it is Arabic-script. */
function rawTokens(text: string, tokens: string[], arabic: boolean[]): void {
  const n = text.length;
  let cur = '';
  let curArabic = false;
  let lastKeptDigit = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const cls = CLASS[c];
    if (cls === KEEP) {
      // a change of script (Arabic letters vs digits/Latin/other) ends the token: «های1» → «های» «1»
      const isArabic = ARABIC_FLAG[c] === 1;
      if (cur.length > 0 && isArabic !== curArabic) {
        tokens.push(cur);
        arabic.push(curArabic);
        cur = '';
      }
      cur += FOLD[c];
      curArabic = isArabic;
      lastKeptDigit = isDigitCode(c);
    } else if (cls === DROP) {
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
        tokens.push(cur);
        arabic.push(curArabic);
        cur = '';
        curArabic = false;
      }
      lastKeptDigit = false;
    }
  }
  if (cur.length > 0) {
    tokens.push(cur);
    arabic.push(curArabic);
  }
}

/**
 * Search tokens for indexing and for queries. Letters folded (Arabic ي ك ة ۀ, alef/hamza forms,
 * diacritics, kashida), digits to Latin, ZWNJ removed (the pieces are joined), Latin lower-cased,
 * and space-separated prefix/suffix pieces rejoined («می شود» → «میشود», «کتاب ها» → «کتابها»).
 */
export function analyze(text: string): string[] {
  const tokens: string[] = [];
  const arabic: boolean[] = [];
  rawTokens(text, tokens, arabic);
  const out: string[] = [];
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    let tok = tokens[i];
    if (arabic[i]) {
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
