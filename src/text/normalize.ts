/**
 * Storage normalization. `normalizePersian` is applied to Persian article text when it is
 * stored; see docs/text-engine.md for the exact rules.
 */
import {
  isAnyDigitCode,
  isArabicLetterCode,
  isArabicMarkCode,
  isHorizontalSpaceCode,
  isLatinLetterCode,
  isPersianDigitCode,
} from './chars.js';
import { CodeBuffer } from './codebuf.js';
import { repairZwnj } from './zwnj.js';

export type Lang = 'fa' | 'ar' | 'en';

/** The stored letter or digit for a code: Arabic letter forms → Persian (ي ى ۍ ې → ی, ك ڪ → ک, ہ ە ھ → ه), Arabic-Indic digits → Persian. */
function storageCode(c: number): number {
  if (c >= 0x0660 && c <= 0x06ff) {
    if (c <= 0x0669) return c - 0x0660 + 0x06f0;
    if (c === 0x06cd || c === 0x06d0) return 0x06cc;
    if (c === 0x06aa) return 0x06a9;
    if (c === 0x06c1 || c === 0x06d5 || c === 0x06be) return 0x0647;
    return c;
  }
  if (c === 0x0643) return 0x06a9;
  if (c === 0x064a || c === 0x0649) return 0x06cc; // keep in sync with STORAGE_LETTER_MAP
  return c;
}

/**
 * 1 for the codes normalizeCharacters keeps as they are whatever surrounds them: not a line break,
 * space, kashida, BOM or ZWNJ, and stored as itself.
 */
const AS_IS_CODE = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) {
  if (c === 0x0d || c === 0x0a || isHorizontalSpaceCode(c) || c === 0x0640 || c === 0xfeff || c === 0x200c) continue;
  if (storageCode(c) === c) AS_IS_CODE[c] = 1;
}

/**
 * Pass 1: letters (ي ى ك … → ی ک), Arabic-Indic digits → Persian, kashida removed,
 * horizontal spaces → one space, trimmed lines, CR/CRLF → LF, ZWNJ runs collapsed.
 */
export function normalizeCharacters(text: string): string {
  const n = text.length;
  const out = new CodeBuffer(n, text);
  let pending = false;
  let lineStart = true;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (AS_IS_CODE[c] === 1) {
      // a run of codes kept as they are (most letters): copied at once
      if (pending && !lineStart) out.push(0x20);
      pending = false;
      lineStart = false;
      let j = i + 1;
      while (j < n && AS_IS_CODE[text.charCodeAt(j)] === 1) j++;
      out.pushInput(text, i, j);
      i = j - 1;
      continue;
    }
    if (c === 0x0d || c === 0x0a) {
      out.push(0x0a);
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      pending = false;
      lineStart = true;
      continue;
    }
    if (isHorizontalSpaceCode(c)) {
      pending = true;
      continue;
    }
    if (c === 0x0640) continue; // kashida
    if (c === 0xfeff) continue; // BOM / zero-width no-break space: carries nothing in stored text (the analyzer drops it too)
    if (c === 0x200c) {
      // a ZWNJ is kept only between two Arabic-script letters (or diacritics); runs collapse to one
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0x0a;
      const prev = out.last();
      if (pending || lineStart || next === 0x200c) continue;
      if (!(isArabicLetterCode(prev) || isArabicMarkCode(prev))) continue;
      if (!(isArabicLetterCode(next) || isArabicMarkCode(next))) continue;
    }
    if (pending && !lineStart) out.push(0x20);
    pending = false;
    lineStart = false;
    out.push(storageCode(c));
  }
  return out.toString();
}

function isQuoteContentOk(s: string): boolean {
  let arabic = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3d || c === 0x3c || c === 0x3e || c === 0x0a) return false; // = < > newline: markup or multi-line
    if (isArabicLetterCode(c)) arabic = true;
  }
  return arabic;
}

/** Straight double quotes around Persian text → «». Quotes are paired left to right. */
export function fixQuotes(s: string): string {
  if (s.indexOf('"') < 0) return s;
  let out = '';
  let i = 0;
  for (;;) {
    const a = s.indexOf('"', i);
    if (a < 0) break;
    const b = s.indexOf('"', a + 1);
    if (b < 0) break;
    const inner = s.slice(a + 1, b);
    out += s.slice(i, a);
    if (isQuoteContentOk(inner)) out += '«' + inner.trim() + '»';
    else out += '"' + inner + '"';
    i = b + 1;
  }
  return out + s.slice(i);
}

/** ، ؛ ؟ » */
function isPersianCloser(c: number): boolean {
  return c === 0x060c || c === 0x061b || c === 0x061f || c === 0xbb;
}
/** . ! : */
function isAsciiCloser(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3a;
}

function isLetterOrDigitCode(c: number): boolean {
  return isArabicLetterCode(c) || isAnyDigitCode(c) || isLatinLetterCode(c);
}
function isPersianWordCode(c: number): boolean {
  return isArabicLetterCode(c) || isArabicMarkCode(c) || c === 0x200c;
}

/** 1 for the codes fixPunctuation has a rule for (space, « ( ) ، ؛ ؟ » . ! :); every other code is copied. */
const PUNCTUATION_CODE = new Uint8Array(65536);
for (const c of [0x20, 0xab, 0x28, 0x29, 0x060c, 0x061b, 0x061f, 0xbb, 0x2e, 0x21, 0x3a]) PUNCTUATION_CODE[c] = 1;

/**
 * Spacing around punctuation in Persian context: no space before ، ؛ ؟ » ) and before . ! :
 * that follow a Persian letter; one space after them when a letter follows; one space
 * before « and ( that follow a Persian letter, none after. Decimals (۳.۵), times (۱۰:۳۰),
 * URLs, e-mails and Latin text ("e.g.") are untouched because their neighbours are digits
 * or Latin letters.
 */
export function fixPunctuation(s: string): string {
  const n = s.length;
  const out = new CodeBuffer(n + 16, s);
  let beforeRun = 0; // code emitted before the current run of ASCII closers . ! :
  let inRun = false;
  const emit = (code: number): void => {
    if (isAsciiCloser(code)) {
      if (!inRun) {
        beforeRun = out.last();
        inRun = true;
      }
    } else inRun = false;
    out.push(code);
  };
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (PUNCTUATION_CODE[c] === 0) {
      // a run of codes none of the rules below looks at: copied as it is
      let j = i + 1;
      while (j < n && PUNCTUATION_CODE[s.charCodeAt(j)] === 0) j++;
      out.pushInput(s, i, j);
      inRun = false;
      i = j - 1;
      continue;
    }
    const last = out.last();
    if (c === 0x20) {
      const next = i + 1 < n ? s.charCodeAt(i + 1) : 0;
      if (last === 0xab || last === 0x28) continue; // no space after an opener
      if (next !== 0 && (isPersianCloser(next) || next === 0x29) && last !== 0x0a && last !== 0) {
        if (next === 0x29 && !isPersianWordCode(last)) emit(c);
        continue;
      }
      if (next !== 0 && isAsciiCloser(next) && isPersianWordCode(last)) {
        const after = i + 2 < n ? s.charCodeAt(i + 2) : 0x20;
        // keep " .com" / " :)" style sequences: only when the mark ends a clause
        if (!isLatinLetterCode(after) && !isAnyDigitCode(after)) continue;
      }
      emit(c);
      continue;
    }
    if (c === 0xab || c === 0x28) {
      if (isPersianWordCode(last) || (c === 0xab && last !== 0 && (isLetterOrDigitCode(last) || isPersianCloser(last) || isAsciiCloser(last)))) emit(0x20);
      emit(c);
      continue;
    }
    emit(c);
    // space after closers
    const next = i + 1 < n ? s.charCodeAt(i + 1) : 0;
    if (next === 0 || next === 0x20 || next === 0x0a) continue;
    if (isPersianCloser(c) || c === 0x29) {
      if (c === 0x29 && !isPersianWordCode(next)) continue;
      if (isLetterOrDigitCode(next) || (next === 0xab && c !== 0xbb)) emit(0x20);
    } else if (isAsciiCloser(c)) {
      if ((isPersianWordCode(beforeRun) || beforeRun === 0xbb || beforeRun === 0x29) && isArabicLetterCode(next)) emit(0x20);
    }
  }
  return out.toString();
}

/** Storage normalization for Persian text (letters, digits, kashida, spaces, punctuation spacing, quotes, ZWNJ repair). */
export function normalizePersian(text: string): string {
  if (text.length === 0) return text;
  let s = normalizeCharacters(text);
  s = fixQuotes(s);
  s = fixPunctuation(s);
  s = repairZwnj(s);
  return s;
}

/** Whitespace-only cleanup: horizontal spaces collapsed to one space, lines trimmed, CRLF → LF. */
export function normalizeWhitespace(text: string): string {
  let out = '';
  let pending = false;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0d || c === 0x0a) {
      out += '\n';
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      pending = false;
      lineStart = true;
    } else if (isHorizontalSpaceCode(c)) {
      pending = true;
    } else {
      if (pending && !lineStart) out += ' ';
      pending = false;
      lineStart = false;
      out += text[i];
    }
  }
  return out;
}

/** Storage normalization by language: fa → normalizePersian; ar and en → whitespace only (Arabic letters untouched). */
export function normalizeText(text: string, lang: Lang): string {
  return lang === 'fa' ? normalizePersian(text) : normalizeWhitespace(text);
}

export { isPersianDigitCode };
