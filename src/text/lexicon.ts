/**
 * The Persian word list used to decide ZWNJ repairs.
 *
 * Source: the maintained `@cspell/dict-fa-ir` package (Apache-2.0). It ships a cspell
 * "TrieXv3" file (gzipped text). This module decodes that format at module init (the
 * only I/O in src/text) into an in-memory trie of plain objects and answers membership
 * queries. Words are stored without ZWNJ and with Persian ی/ک, e.g. «کتابها», «شود».
 *
 * Format notes (TrieXv3, as written by cspell-tools): after a `__DATA__` line the body is a
 * stream of characters that walk down the trie; `$` marks end of word and steps back one
 * level; `<` steps back one level and a digit `n` after `$`/`<` steps back `n - 1` more;
 * `#id;` (id in the header's base) makes the current edge point to an earlier node, where
 * ids count nodes that have children in the order they receive their first child (root = 0);
 * `\x` escapes a character; line breaks are ignored. Words starting with `~` (accent-folded
 * duplicates) and `!` (forbidden words) are ignored by {@link hasWord} since no Persian
 * letter sequence starts with them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

interface TrieNode {
  /** children, created lazily */
  c: Map<string, TrieNode> | null;
  /** end of word */
  f: boolean;
}

/** Decode a TrieXv3 document into its root node. Exported for tests. */
export function decodeTrieV3(text: string): TrieNode {
  const headerEnd = text.indexOf('__DATA__');
  if (!text.startsWith('TrieXv3', text.indexOf('TrieXv3')) || headerEnd < 0) {
    throw new Error('lexicon: not a TrieXv3 file');
  }
  const baseMatch = /base=(\d+)/.exec(text.slice(0, headerEnd));
  const radix = baseMatch ? Number.parseInt(baseMatch[1], 10) : 16;
  const root: TrieNode = { c: null, f: false };
  const ids: TrieNode[] = [];
  const stack: TrieNode[] = [root];
  const edgeChars: string[] = [''];
  const data = text;
  const n = data.length;
  let i = data.indexOf('\n', headerEnd) + 1;

  const insert = (ch: string): void => {
    const top = stack[stack.length - 1];
    if (top.c === null) {
      top.c = new Map();
      ids.push(top);
    }
    let child = top.c.get(ch);
    if (!child) {
      child = { c: null, f: false };
      top.c.set(ch, child);
    }
    stack.push(child);
    edgeChars.push(ch);
  };
  const pop = (k: number): void => {
    for (let j = 0; j < k && stack.length > 1; j++) {
      stack.pop();
      edgeChars.pop();
    }
  };
  const backDigits = (): void => {
    while (i < n) {
      const d = data.charCodeAt(i);
      if (d === 60 /* < */) {
        pop(1);
        i++;
      } else if (d >= 50 && d <= 57 /* 2..9 */) {
        pop(d - 49);
        i++;
      } else break;
    }
  };

  while (i < n) {
    const ch = data[i];
    if (ch === '\n' || ch === '\r') {
      i++;
    } else if (ch === '$') {
      stack[stack.length - 1].f = true;
      pop(1);
      i++;
      backDigits();
    } else if (ch === '<') {
      pop(1);
      i++;
      backDigits();
    } else if (ch === '#') {
      const end = data.indexOf(';', i);
      if (end < 0) break;
      const id = Number.parseInt(data.slice(i + 1, end), radix);
      i = end + 1;
      const target = ids[id];
      if (target && stack.length > 1) {
        const edge = edgeChars[edgeChars.length - 1];
        const parent = stack[stack.length - 2];
        parent.c?.set(edge, target);
        stack[stack.length - 1] = target;
      }
    } else if (ch === '\\') {
      const next = data[i + 1] ?? '';
      insert(next === 'n' ? '\n' : next === 'r' ? '\r' : next);
      i += 2;
    } else {
      const cp = data.codePointAt(i) ?? 0;
      const s = cp > 0xffff ? data.slice(i, i + 2) : ch;
      insert(s);
      i += s.length;
    }
  }
  return root;
}

function loadRoot(): TrieNode {
  try {
    const require = createRequire(import.meta.url);
    const extPath = require.resolve('@cspell/dict-fa-ir/cspell-ext.json');
    const triePath = extPath.replace(/cspell-ext\.json$/, 'fa-IR.trie.gz');
    return decodeTrieV3(gunzipSync(readFileSync(triePath)).toString('utf8'));
  } catch {
    // Without the lexicon, ZWNJ repair falls back to its hand-written lists only.
    return { c: null, f: false };
  }
}

const ROOT = loadRoot();

/** Whether the lexicon is loaded (false only if the package is missing). */
export const lexiconLoaded = ROOT.c !== null;

/** Is `word` (Persian ی/ک, no ZWNJ) a word of the lexicon? */
export function hasWord(word: string): boolean {
  let node: TrieNode | undefined = ROOT;
  for (let i = 0; i < word.length; i++) {
    const c: Map<string, TrieNode> | null = node.c;
    if (c === null) return false;
    node = c.get(word[i]);
    if (node === undefined) return false;
  }
  return node.f;
}

// ---- ZWNJ compounds from Debian's hunspell word list (myspell-fa) -------------------------------

/**
 * The second word list: Debian's `myspell-fa` (`/usr/share/hunspell/fa_IR.dic`, GPL), read at
 * module init when present — never copied into this repository. Of its 331,789 forms, 117,934 are
 * written with a ZWNJ («بین‌المللی», «رییس‌جمهور», «نخست‌وزیر»); what cspell's list lacks. Only the
 * compound *cores* are kept: each ZWNJ form without the inflection pieces our own rules restore
 * (‌ها, ‌ای, ‌تر, ‌ترین, ‌ام…), without verb phrases (future «خواهد‌…», «…‌بود», «…‌باشد»), and
 * without «می‌…» forms (the «می» rule decides those). Each core is stored as its letters without
 * ZWNJ (ئ أ إ ؤ ي ى ك ة folded one for one, so positions are kept) → a bit mask of the letter
 * positions before which it has a ZWNJ: a Map of ~60,000 short keys.
 *
 * Where it is looked for: `CHAPAR_FA_DIC` (a path; `none` turns it off), else
 * `data/lexicon/fa_IR.dic` under the package root (what `scripts/fetch-lexicon.sh` writes without
 * root), else `/usr/share/hunspell/fa_IR.dic` (`apt-get install myspell-fa`). Absent: the rules work
 * without it, with lower recall.
 */
const SYSTEM_DIC = '/usr/share/hunspell/fa_IR.dic';

/** The path the compound list is read from, or null when none is found (or `CHAPAR_FA_DIC=none`). */
export function compoundDicPath(env: NodeJS.ProcessEnv = process.env): string | null {
  const configured = env.CHAPAR_FA_DIC;
  if (configured !== undefined && configured !== '') return configured === 'none' || !existsSync(configured) ? null : configured;
  const local = fileURLToPath(new URL('../../data/lexicon/fa_IR.dic', import.meta.url));
  if (existsSync(local)) return local;
  return existsSync(SYSTEM_DIC) ? SYSTEM_DIC : null;
}

/** One-for-one letter folding used for compound keys (lengths and positions unchanged). */
export function foldCompoundKey(w: string): string {
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    out += FOLD[c] ?? c;
  }
  return out;
}
const FOLD: Record<string, string> = { 'ئ': 'ی', 'ي': 'ی', 'ى': 'ی', 'أ': 'ا', 'إ': 'ا', 'ؤ': 'و', 'ك': 'ک', 'ة': 'ه', 'ۀ': 'ه' };

/** Inflection pieces stripped from the end of a form (our rules restore them). */
const INFLECTIONS = new Set([
  'ها', 'های', 'هایی', 'هایم', 'هایت', 'هایش', 'هایمان', 'هایتان', 'هایشان', 'ای', 'ام', 'اند', 'ایم', 'اید',
  'است', 'تر', 'ترین', 'ترینت', 'ترینتان', 'ترینش', 'ترینشان', 'ترینم', 'ترینمان', 'ترینی', 'ی', 'اش', 'مان',
  'شان', 'تان',
]);
const FUTURE = new Set(['خواهم', 'خواهی', 'خواهد', 'خواهیم', 'خواهید', 'خواهند']);
const ZW = '\u200c';

/** Parse a hunspell .dic (UTF-8, first line the count, `/flags` ignored) into compound cores. Exported for tests. */
export function parseCompoundDic(text: string): Map<string, number> {
  const cores = new Map<string, number>();
  const n = text.length;
  // only the lines with a ZWNJ are looked at: two thirds of the list are skipped by indexOf
  let z = text.indexOf(ZW, text.indexOf('\n') + 1);
  while (z >= 0) {
    const start = text.lastIndexOf('\n', z) + 1;
    let end = text.indexOf('\n', z);
    if (end < 0) end = n;
    addCore(cores, text, start, end);
    z = end < n ? text.indexOf(ZW, end + 1) : -1;
  }
  // The list also writes inflections of a compound with the suffix joined («اطلاع‌رسانیشان»,
  // «پی‌نوشتها», «فوق‌العادهی»); our rules attach those suffixes after the compound themselves.
  // Such a form is dropped when the compound itself is listed with the same ZWNJs.
  for (const [key, mask] of cores) {
    for (const suffix of ATTACHED) {
      if (key.length - suffix.length < 4 || !key.endsWith(suffix)) continue;
      const base = key.slice(0, key.length - suffix.length);
      if (suffix === 'ی' && !base.endsWith('ه')) continue; // «سخت‌افزاری» is a word of its own
      if (cores.get(base) === mask) {
        cores.delete(key);
        break;
      }
    }
  }
  return cores;
}
/** Suffixes the list writes joined to a compound's last piece. */
const ATTACHED = ['هایشان', 'هایتان', 'هایمان', 'هایش', 'هایت', 'هایم', 'هایی', 'های', 'ها', 'ترین', 'تر', 'شان', 'تان', 'مان', 'اش', 'ای', 'ی'];

const NEEDS_FOLD = /[ئيىأإؤكةۀ]/;

const BOUNDS = new Int32Array(64);

/** Add the core of one line (`start`..`end` of `text`) to `cores`. One pass over its letters. */
function addCore(cores: Map<string, number>, text: string, start: number, end: number): void {
  // piece p is text[BOUNDS[2p], BOUNDS[2p + 1]); empty pieces (doubled ZWNJ) are skipped
  let count = 0;
  let from = start;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 0x200c;
    if (c === 0x200c || c === 0x2f /* / flags */ || c === 0x20 || c === 0x0d) {
      if (i > from && count < 32) {
        BOUNDS[2 * count] = from;
        BOUNDS[2 * count + 1] = i;
        count++;
      }
      from = i + 1;
      if (c !== 0x200c) break;
    }
  }
  while (count > 1 && INFLECTIONS.has(text.slice(BOUNDS[2 * count - 2], BOUNDS[2 * count - 1]))) count--;
  if (count < 2) return;
  const first = text.slice(BOUNDS[0], BOUNDS[1]);
  if (first === 'می' || first === 'نمی' || FUTURE.has(first)) return;
  const last = text.slice(BOUNDS[2 * count - 2], BOUNDS[2 * count - 1]);
  if (last.startsWith('بود') || last.startsWith('باش') || FUTURE.has(last)) return;
  let key = '';
  let mask = 0;
  for (let p = 0; p < count; p++) {
    const a = BOUNDS[2 * p];
    const b = BOUNDS[2 * p + 1];
    // a ZWNJ after a hamza or around a one-letter piece is a typo of the list («تأ‌ثیر»)
    const lastCode = text.charCodeAt(b - 1);
    if (b - a < 2 || lastCode === 0x621 || lastCode === 0x623 || lastCode === 0x624 || lastCode === 0x625) return;
    if (p > 0) mask |= 1 << key.length;
    key += text.slice(a, b);
    if (key.length > 30) return;
  }
  if (NEEDS_FOLD.test(key)) key = foldCompoundKey(key);
  cores.set(key, (cores.get(key) ?? 0) | mask);
}

/** 32-bit FNV-1a of a string's UTF-16 code units. */
function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The list's plain words (lines without a ZWNJ, folded like compound keys), as a sorted array of
 * 32-bit hashes (~0.9 MB for ~214,000 words instead of ~10 MB of strings; a false "yes" has a
 * chance of about 1 in 20,000 per query). Exported for tests.
 */
export function parsePlainWords(text: string): Uint32Array {
  const hashes: number[] = [];
  const n = text.length;
  let start = text.indexOf('\n') + 1;
  while (start > 0 && start < n) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    let stop = end;
    let plain = true;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x200c) {
        plain = false;
        break;
      }
      if (c === 0x2f /* / flags */ || c === 0x20 || c === 0x0d) {
        stop = i;
        break;
      }
    }
    if (plain && stop > start) {
      const w = text.slice(start, stop);
      hashes.push(hash32(NEEDS_FOLD.test(w) ? foldCompoundKey(w) : w));
    }
    start = end + 1;
  }
  return Uint32Array.from(hashes).sort();
}

function loadCompounds(): { cores: Map<string, number>; plain: Uint32Array; path: string | null } {
  const path = compoundDicPath();
  if (path === null) return { cores: new Map(), plain: new Uint32Array(0), path };
  try {
    const text = readFileSync(path, 'utf8');
    return { cores: parseCompoundDic(text), plain: parsePlainWords(text), path };
  } catch {
    return { cores: new Map(), plain: new Uint32Array(0), path: null };
  }
}

const COMPOUNDS = loadCompounds();

/**
 * Is `word` (a storage key: no ZWNJ, no diacritics) a plain word of the hunspell list? False for
 * every word when the list is absent. The list is smaller and more conservative than cspell's,
 * so the rules use it to confirm that both pieces of an unknown joined word are real words.
 */
export function hunspellHas(word: string): boolean {
  const plain = COMPOUNDS.plain;
  if (plain.length === 0 || word.length === 0 || word.length > 30) return false;
  const h = hash32(foldCompoundKey(word));
  let lo = 0;
  let hi = plain.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = plain[mid];
    if (v === h) return true;
    if (v < h) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Where the compound list was read from (null: not found; ZWNJ repair then has lower recall). */
export const compoundDicSource: string | null = COMPOUNDS.path;
/** How many compound cores were loaded (0 without the list); part of the analyzer's version. */
export const compoundCount = COMPOUNDS.cores.size;

/**
 * The ZWNJ positions of a compound core: bit `k` set = a ZWNJ before letter `k` of `word` (a
 * storage key: no ZWNJ, no diacritics); 0 when `word` is not a core of the list.
 */
export function compoundMask(word: string): number {
  if (word.length > 30 || word.length < 4) return 0;
  return COMPOUNDS.cores.get(foldCompoundKey(word)) ?? 0;
}
