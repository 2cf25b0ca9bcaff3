/**
 * Storage normalization. `normalizePersian` is applied to Persian article text when it is
 * stored; see docs/text-engine.md for the exact rules.
 */
import {
  isAnyDigitCode,
  isArabicIndicDigitCode,
  isArabicLetterCode,
  isArabicMarkCode,
  isHorizontalSpaceCode,
  isLatinLetterCode,
  isPersianDigitCode,
  STORAGE_LETTER_MAP,
} from './chars.js';
import { repairZwnj } from './zwnj.js';

export type Lang = 'fa' | 'ar' | 'en';

/**
 * Pass 1: letters (ي ى ك … → ی ک), Arabic-Indic digits → Persian, kashida removed,
 * horizontal spaces → one space, trimmed lines, CR/CRLF → LF, ZWNJ runs collapsed.
 */
export function normalizeCharacters(text: string): string {
  // Why lastCode: reading back from `out` while appending would flatten V8's rope string on every
  // character and make the pass quadratic.
  let out = '';
  let lastCode = 0x0a;
  let pending = false;
  let lineStart = true;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0d || c === 0x0a) {
      out += '\n';
      lastCode = 0x0a;
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
    let ch = text[i];
    if (c === 0x200c) {
      // a ZWNJ is kept only between two Arabic-script letters (or diacritics); runs collapse to one
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0x0a;
      const prev = lastCode;
      if (pending || lineStart || next === 0x200c) continue;
      if (!(isArabicLetterCode(prev) || isArabicMarkCode(prev))) continue;
      if (!(isArabicLetterCode(next) || isArabicMarkCode(next) || STORAGE_LETTER_MAP[text[i + 1]] !== undefined)) continue;
    } else if (isArabicIndicDigitCode(c)) {
      ch = String.fromCharCode(c - 0x0660 + 0x06f0);
    } else if (c >= 0x0600) {
      const m = STORAGE_LETTER_MAP[ch];
      if (m !== undefined) ch = m;
    }
    if (pending && !lineStart) out += ' ';
    pending = false;
    lineStart = false;
    out += ch;
    lastCode = ch.charCodeAt(0);
  }
  return out;
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

const PERSIAN_CLOSERS = '،؛؟»';
const ASCII_CLOSERS = '.!:';
const OPENERS = '«(';

function isLetterOrDigitCode(c: number): boolean {
  return isArabicLetterCode(c) || isAnyDigitCode(c) || isLatinLetterCode(c);
}
function isPersianWordCode(c: number): boolean {
  return isArabicLetterCode(c) || isArabicMarkCode(c) || c === 0x200c;
}

/**
 * Spacing around punctuation in Persian context: no space before ، ؛ ؟ » ) and before . ! :
 * that follow a Persian letter; one space after them when a letter follows; one space
 * before « and ( that follow a Persian letter, none after. Decimals (۳.۵), times (۱۰:۳۰),
 * URLs, e-mails and Latin text ("e.g.") are untouched because their neighbours are digits
 * or Latin letters.
 */
export function fixPunctuation(s: string): string {
  const n = s.length;
  // Output is accumulated with += and never read back (see normalizeCharacters); the last
  // emitted character and the one before the current run of . ! : are tracked instead.
  let out = '';
  let last = 0; // code of the last emitted char, 0 at start
  let beforeRun = 0; // code of the char emitted before the current run of ASCII closers
  let inRun = false;
  const emit = (ch: string): void => {
    const code = ch.charCodeAt(0);
    if (ASCII_CLOSERS.includes(ch)) {
      if (!inRun) {
        beforeRun = last;
        inRun = true;
      }
    } else inRun = false;
    out += ch;
    last = code;
  };
  for (let i = 0; i < n; i++) {
    const ch = s[i];
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      const next = i + 1 < n ? s[i + 1] : '';
      // no space after an opener
      if (last === 0xab || last === 0x28) continue;
      if (next && (PERSIAN_CLOSERS.includes(next) || next === ')') && last !== 0x0a && last !== 0) {
        if (next === ')' && !isPersianWordCode(last)) {
          emit(ch);
          continue;
        }
        continue;
      }
      if (next && ASCII_CLOSERS.includes(next) && isPersianWordCode(last)) {
        const after = i + 2 < n ? s.charCodeAt(i + 2) : 0x20;
        // keep " .com" / " :)" style sequences: only when the mark ends a clause
        if (!isLatinLetterCode(after) && !isAnyDigitCode(after)) continue;
      }
      emit(ch);
      continue;
    }
    if (OPENERS.includes(ch)) {
      const prevCh = String.fromCharCode(last);
      if (isPersianWordCode(last) || (ch === '«' && last !== 0 && (isLetterOrDigitCode(last) || PERSIAN_CLOSERS.includes(prevCh) || ASCII_CLOSERS.includes(prevCh)))) emit(' ');
      emit(ch);
      continue;
    }
    emit(ch);
    // space after closers
    const next = i + 1 < n ? s.charCodeAt(i + 1) : 0;
    if (next === 0 || next === 0x20 || next === 0x0a) continue;
    if (PERSIAN_CLOSERS.includes(ch) || ch === ')') {
      if (ch === ')' && !isPersianWordCode(next)) continue;
      if (isLetterOrDigitCode(next) || (next === 0xab && ch !== '»')) emit(' ');
    } else if (ASCII_CLOSERS.includes(ch)) {
      if ((isPersianWordCode(beforeRun) || beforeRun === 0xbb || beforeRun === 0x29) && isArabicLetterCode(next)) emit(' ');
    }
  }
  return out;
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
