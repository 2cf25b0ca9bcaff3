/** Digit conversion and number formatting per edition language. */
import type { Lang } from './normalize.js';

/** Latin and Arabic-Indic digits → Persian digits. Other characters unchanged. */
export function toPersianDigits(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) out += String.fromCharCode(c - 0x30 + 0x06f0);
    else if (c >= 0x0660 && c <= 0x0669) out += String.fromCharCode(c - 0x0660 + 0x06f0);
    else out += s[i];
  }
  return out;
}

/** Persian and Arabic-Indic digits → Latin digits. Other characters unchanged. */
export function toLatinDigits(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x06f0 && c <= 0x06f9) out += String.fromCharCode(c - 0x06f0 + 0x30);
    else if (c >= 0x0660 && c <= 0x0669) out += String.fromCharCode(c - 0x0660 + 0x30);
    else out += s[i];
  }
  return out;
}

/** Latin and Persian digits → Arabic-Indic digits. */
function toArabicIndicDigits(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) out += String.fromCharCode(c - 0x30 + 0x0660);
    else if (c >= 0x06f0 && c <= 0x06f9) out += String.fromCharCode(c - 0x06f0 + 0x0660);
    else out += s[i];
  }
  return out;
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();
function numberFormat(lang: Lang): Intl.NumberFormat {
  let f = numberFormats.get(lang);
  if (!f) {
    const locale = lang === 'fa' ? 'fa-IR-u-nu-arabext' : lang === 'ar' ? 'ar-u-nu-arab' : 'en-US';
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: 20 });
    numberFormats.set(lang, f);
  }
  return f;
}

/** «۱۲٬۳۴۵» (fa, Persian digits and separators), «١٢٬٣٤٥» (ar), «12,345» (en). */
export function formatNumber(n: number, lang: Lang): string {
  return numberFormat(lang).format(n);
}

/** Digits without separators (news codes): fa «۹۸۸۵۱۵», ar «٩٨٨٥١٥», en «988515». */
export function formatDigits(n: number | string, lang: Lang): string {
  let s = typeof n === 'number' ? (Number.isInteger(n) ? BigInt(n).toString() : String(n)) : n;
  s = toLatinDigits(s);
  return lang === 'fa' ? toPersianDigits(s) : lang === 'ar' ? toArabicIndicDigits(s) : s;
}
