/**
 * Highlighted excerpts. The text is split into words on white space only, so a ZWNJ never
 * splits a word («می‌شود» is one word, marked whole) and a cut never falls inside a word.
 * A word matches when its analyzer tokens meet the query's tokens; two or three words that
 * the analyzer joins («مي شود», «کتاب ها», «گفت و گو») match together.
 */
import { analyze } from '../text/index.js';

/** Words in an excerpt. */
export const SNIPPET_WORDS = 30;
/** Only this much of the text is searched for the best excerpt. */
const MAX_SOURCE_CHARS = 30_000;

const cache = new Map<string, string[]>();
function tokensOf(word: string): string[] {
  let t = cache.get(word);
  if (t === undefined) {
    if (cache.size > 100_000) cache.clear();
    t = analyze(word);
    cache.set(word, t);
  }
  return t;
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]!);

interface Word {
  /** The word itself: letters, digits, marks, ZWNJ/ZWJ and kashida (a ZWNJ never splits a word). */
  core: string;
  /** The separators before it (spaces and punctuation), as written. */
  before: string;
  /** Index of the query token this word matches, or -1. */
  match: number;
}

// 1 = part of a word. Built once for the BMP; astral characters (emoji…) separate words.
const WORD = new Uint8Array(65536);
(() => {
  const re = /[\p{L}\p{N}\p{M}]/u;
  for (let c = 0; c < 65536; c++) if (c < 0xd800 || c > 0xdfff) WORD[c] = re.test(String.fromCharCode(c)) ? 1 : 0;
  for (const c of [0x200c, 0x200d, 0x0640]) WORD[c] = 1;
})();

/** Words and the separators between them, in one pass; `tail` is what follows the last word. */
function splitWords(text: string): { words: Word[]; tail: string } {
  const words: Word[] = [];
  const n = text.length;
  let i = 0;
  let sepStart = 0;
  while (i < n) {
    if (WORD[text.charCodeAt(i)] === 1) {
      const start = i;
      while (i < n && WORD[text.charCodeAt(i)] === 1) i++;
      words.push({ core: text.slice(start, i), before: text.slice(sepStart, start), match: -1 });
      sepStart = i;
    } else i++;
  }
  return { words, tail: text.slice(sepStart) };
}

// The analyzer's folding of a word's first letter (ي → ی, آ → ا, ۱ → 1, A → a …), so that most
// words can be ruled out without analyzing them. 0 = the character folds to nothing.
const FIRST = new Uint16Array(65536);
(() => {
  for (let c = 0; c < 65536; c++) {
    if (WORD[c] !== 1) continue;
    const t = analyze(String.fromCharCode(c));
    FIRST[c] = t.length && t[0]!.length ? t[0]!.charCodeAt(0) : 0;
  }
})();

/** The folded first letter of a word (skipping leading marks, ZWNJ, kashida), or 0. */
function firstFolded(w: string): number {
  for (let i = 0; i < w.length; i++) {
    const f = FIRST[w.charCodeAt(i)]!;
    if (f !== 0) return f;
  }
  return 0;
}

function markWords(words: Word[], query: readonly string[]): void {
  if (!query.length) return;
  const index = new Map(query.map((t, i) => [t, i]));
  const firsts = new Set(query.map((t) => t.charCodeAt(0)));
  const n = words.length;
  const toks: Array<string[] | undefined> = new Array(n);
  const tok = (i: number) => (toks[i] ??= tokensOf(words[i]!.core));
  for (let i = 0; i < n; i++) {
    if (!firsts.has(firstFolded(words[i]!.core))) continue;
    const ti = tok(i);
    for (const t of ti) {
      const k = index.get(t);
      if (k !== undefined) {
        words[i]!.match = k;
        break;
      }
    }
    // pieces the analyzer joins across a space: «مي» + «شود», «گفت» + «و» + «گو»
    if (ti.length !== 1) continue;
    const first = ti[0]!;
    if (!query.some((q) => q.length > first.length && q.startsWith(first))) continue;
    let joined = first;
    for (let j = i + 1; j < Math.min(n, i + 3); j++) {
      const tj = tok(j);
      if (tj.length !== 1) break;
      joined += tj[0];
      const k = index.get(joined);
      if (k !== undefined) {
        for (let x = i; x <= j; x++) words[x]!.match = k;
        break;
      }
    }
  }
}

const collapse = (sep: string) => sep.replace(/\s+/g, ' ');
const punctOnly = (sep: string) => sep.replace(/\s+/g, '');

/** Words from..to-1 with the separators between them (white space collapsed), escaped and marked. */
function render(words: Word[], from: number, to: number, tail: string): string {
  let out = '';
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    out += escapeHtml(i === from ? punctOnly(w.before) : collapse(w.before));
    out += w.match >= 0 ? `<mark>${escapeHtml(w.core)}</mark>` : escapeHtml(w.core);
  }
  const after = to < words.length ? words[to]!.before : tail;
  return out + escapeHtml(punctOnly(after));
}

/** The whole text, HTML-escaped, with matched words in <mark> (for titles). */
export function highlight(text: string, queryTokens: readonly string[]): string {
  const { words, tail } = splitWords(text);
  markWords(words, queryTokens);
  return render(words, 0, words.length, tail);
}

/**
 * The excerpt of about `SNIPPET_WORDS` words holding the most different query words (the
 * earliest such window), HTML-escaped with matches in <mark> and «…» where it was cut.
 * Without any match it is the opening of the text.
 */
export function makeSnippet(text: string, queryTokens: readonly string[], size = SNIPPET_WORDS): string {
  const { words, tail } = splitWords(text.length > MAX_SOURCE_CHARS ? text.slice(0, MAX_SOURCE_CHARS) : text);
  if (!words.length) return '';
  markWords(words, queryTokens);
  const n = words.length;
  let best = 0;
  if (n > size) {
    const counts = new Map<number, number>();
    const bump = (k: number, d: number) => {
      if (k < 0) return;
      const c = (counts.get(k) ?? 0) + d;
      if (c) counts.set(k, c);
      else counts.delete(k);
    };
    for (let i = 0; i < size; i++) bump(words[i]!.match, 1);
    let bestScore = counts.size;
    for (let s = 1; s + size <= n; s++) {
      bump(words[s - 1]!.match, -1);
      bump(words[s + size - 1]!.match, 1);
      if (counts.size > bestScore) {
        bestScore = counts.size;
        best = s;
      }
    }
    // start a few words before the window's first match rather than far ahead of it
    let first = best;
    while (first < best + size && words[first]!.match < 0) first++;
    if (first < best + size) best = Math.min(Math.max(0, first - 3), n - size);
  }
  const end = Math.min(n, best + size);
  return (best > 0 ? '… ' : '') + render(words, best, end, tail).trim() + (end < n ? ' …' : '');
}
