/** URL slugs for article titles. */
import { isArabicLetterCode, isArabicMarkCode, STORAGE_LETTER_MAP } from './chars.js';
import { normalizePersian, type Lang } from './normalize.js';

const MAX = 80;

/**
 * Persian/Arabic letters kept (for fa normalized: ی ک and the ZWNJ repair), ZWNJ and spaces → '-',
 * punctuation, symbols and diacritics dropped, Latin lower-cased, digits Latin, at most 80 chars
 * cut at a hyphen; deterministic, never empty ('n').
 */
export function slugify(title: string, lang: Lang): string {
  const src = lang === 'fa' ? normalizePersian(title.length > 4000 ? title.slice(0, 4000) : title) : title;
  let out = '';
  let pendingHyphen = false;
  for (let i = 0; i < src.length && out.length <= MAX; i++) {
    const c = src.charCodeAt(i);
    let ch = '';
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) ch = src[i];
    else if (c >= 0x41 && c <= 0x5a) ch = String.fromCharCode(c + 32);
    else if (c >= 0x06f0 && c <= 0x06f9) ch = String.fromCharCode(c - 0x06f0 + 0x30);
    else if (c >= 0x0660 && c <= 0x0669) ch = String.fromCharCode(c - 0x0660 + 0x30);
    else if (isArabicLetterCode(c)) ch = lang === 'fa' ? (STORAGE_LETTER_MAP[src[i]] ?? src[i]) : src[i];
    else if (isArabicMarkCode(c) || c === 0x0640 || c === 0x27 || c === 0x2019) continue; // dropped, no break
    else {
      // separators: spaces, ZWNJ, punctuation, symbols, anything else
      pendingHyphen = out.length > 0;
      continue;
    }
    if (pendingHyphen) {
      out += '-';
      pendingHyphen = false;
    }
    out += ch;
  }
  if (out.length > MAX) {
    const cut = out.lastIndexOf('-', MAX);
    out = cut > 0 ? out.slice(0, cut) : out.slice(0, MAX);
  }
  return out.length > 0 ? out : 'n';
}

/** Text direction of a language. */
export function dirOf(lang: Lang): 'rtl' | 'ltr' {
  return lang === 'en' ? 'ltr' : 'rtl';
}
