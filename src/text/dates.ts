/**
 * Dates per edition: Jalali (fa), Hijri umm al-qura (ar), Gregorian (en), all in Asia/Tehran,
 * formatted through Intl. Parsing a Jalali date needs Jalali → Gregorian arithmetic; it uses the
 * same 33-year arithmetic rule as ICU's Persian calendar (verified against Intl in the tests).
 */
import { toLatinDigits } from './digits.js';
import type { Lang } from './normalize.js';

const TZ = 'Asia/Tehran';

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(key: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: TZ, ...options });
    formatters.set(key, f);
  }
  return f;
}

const LOCALE: Record<Lang, string> = {
  fa: 'fa-IR-u-ca-persian-nu-arabext',
  ar: 'ar-u-ca-islamic-umalqura-nu-arab',
  en: 'en-US',
};

function parts(d: Date, lang: Lang, kind: 'date' | 'time' | 'weekday'): Record<string, string> {
  const opts: Intl.DateTimeFormatOptions =
    kind === 'time'
      ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
      : kind === 'weekday'
        ? { weekday: 'long' }
        : { day: 'numeric', month: 'long', year: 'numeric' };
  const out: Record<string, string> = {};
  for (const p of formatter(lang + kind, LOCALE[lang], opts).formatToParts(d)) out[p.type] = p.value;
  return out;
}

function validDate(d: Date): boolean {
  return d instanceof Date && Number.isFinite(d.getTime());
}

/** Date only: «۹ آذر ۱۴۰۵» (fa), «٢٠ جمادى الآخرة ١٤٤٨ هـ» (ar), «November 30, 2026» (en). */
export function formatDate(d: Date, lang: Lang): string {
  if (!validDate(d)) return '';
  if (lang === 'en') return formatter('en-date', 'en-US', { day: 'numeric', month: 'long', year: 'numeric' }).format(d);
  const p = parts(d, lang, 'date');
  const era = lang === 'ar' ? ' هـ' : '';
  return `${p.day} ${p.month} ${p.year}${era}`;
}

/** Time «۱۰:۳۰» (fa), «١٠:٣٠» (ar), «10:30» (en), 24-hour, Tehran time. */
export function formatTime(d: Date, lang: Lang): string {
  if (!validDate(d)) return '';
  const p = parts(d, lang, 'time');
  return `${p.hour}:${p.minute}`;
}

/** «دوشنبه ۹ آذر ۱۴۰۵ - ۱۰:۳۰» (fa); «الاثنين ٢٠ جمادى الآخرة ١٤٤٨ هـ - ١٠:٣٠» (ar); «Monday, November 30, 2026 - 10:30» (en). */
export function formatDateTime(d: Date, lang: Lang): string {
  if (!validDate(d)) return '';
  const weekday = parts(d, lang, 'weekday').weekday;
  const sep = lang === 'en' ? ', ' : ' ';
  return `${weekday}${sep}${formatDate(d, lang)} - ${formatTime(d, lang)}`;
}

/** Jalali year/month/day of an instant in Tehran, read from Intl's Persian calendar. */
export function toJalali(d: Date): { year: number; month: number; day: number } {
  const f = formatter('jalali-num', 'en-US-u-ca-persian-nu-latn', { year: 'numeric', month: 'numeric', day: 'numeric' });
  let year = 0;
  let month = 0;
  let day = 0;
  for (const p of f.formatToParts(d)) {
    if (p.type === 'year') year = Number.parseInt(p.value, 10);
    else if (p.type === 'month') month = Number.parseInt(p.value, 10);
    else if (p.type === 'day') day = Number.parseInt(p.value, 10);
  }
  return { year, month, day };
}

const pad2 = (n: number): string => (n < 10 ? '0' + n : String(n));

/** 'YYYY-MM-DD' Jalali key with Latin digits (archive URLs). */
export function jalaliKey(d: Date): string {
  const j = toJalali(d);
  return `${j.year}-${pad2(j.month)}-${pad2(j.day)}`;
}

// --- Jalali → Gregorian (parsing only) ---
// ICU PersianCalendar: leap year iff (25·y + 11) mod 33 < 8; days before year y since the
// epoch = 365·(y−1) + floor((8·y + 21) / 33); epoch (1 Farvardin 1) = Julian day 1948320.
const PERSIAN_EPOCH_JD = 1948320;

function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

/** Is Jalali year `y` a leap year (30 days in Esfand)? */
export function isJalaliLeapYear(y: number): boolean {
  return (((25 * y + 11) % 33) + 33) % 33 < 8;
}

/** Number of days in Jalali month `m` (1..12) of year `y`. */
export function jalaliMonthLength(y: number, m: number): number {
  if (m <= 6) return 31;
  if (m <= 11) return 30;
  return isJalaliLeapYear(y) ? 30 : 29;
}

/** Julian day number of a Jalali date. */
function jalaliToJulianDay(y: number, m: number, d: number): number {
  const monthStart = m <= 7 ? 31 * (m - 1) : 30 * (m - 1) + 6;
  return PERSIAN_EPOCH_JD - 1 + 365 * (y - 1) + floorDiv(8 * y + 21, 33) + monthStart + d;
}

/** Gregorian y/m/d (proleptic) of a Jalali date. */
export function jalaliToGregorian(y: number, m: number, d: number): { year: number; month: number; day: number } {
  const jd = jalaliToJulianDay(y, m, d);
  // Julian day 2440588 = 1970-01-01
  const t = new Date((jd - 2440588) * 86400000);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Tehran's UTC offset in ms at an instant. */
function tehranOffsetMs(instant: number): number {
  const f = formatter('offset', 'en-US', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  });
  const p: Record<string, number> = {};
  for (const x of f.formatToParts(new Date(instant))) if (x.type !== 'literal') p[x.type] = Number.parseInt(x.value, 10);
  const local = Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute, p.second);
  return local - Math.floor(instant / 1000) * 1000;
}

/** UTC instant of local midnight in Tehran on a Gregorian day. */
function tehranMidnight(y: number, m: number, d: number): Date {
  const localMidnightAsUtc = Date.UTC(y, m - 1, d);
  let guess = localMidnightAsUtc - tehranOffsetMs(localMidnightAsUtc);
  guess = localMidnightAsUtc - tehranOffsetMs(guess);
  return new Date(guess);
}

const DATE_RE = /^\s*(\d{1,4})[-/](\d{1,2})[-/](\d{1,2})\s*$/;

function parseYmd(s: string): { y: number; m: number; d: number } | null {
  const match = DATE_RE.exec(toLatinDigits(s));
  if (!match) return null;
  const y = Number.parseInt(match[1], 10);
  const m = Number.parseInt(match[2], 10);
  const d = Number.parseInt(match[3], 10);
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > jalaliMonthLength(y, m)) return null;
  return { y, m, d };
}

/** Parse a Jalali date «1405-09-08» (Latin, Persian or Arabic-Indic digits; '-' or '/') into [start, end) of that day in Tehran. */
export function parseJalaliDate(s: string): { start: Date; end: Date } | null {
  if (typeof s !== 'string' || s.length > 40) return null;
  const ymd = parseYmd(s);
  if (!ymd) return null;
  const g = jalaliToGregorian(ymd.y, ymd.m, ymd.d);
  const start = tehranMidnight(g.year, g.month, g.day);
  const next = new Date(Date.UTC(g.year, g.month - 1, g.day + 1));
  const end = tehranMidnight(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
  return { start, end };
}

/** Parse «1405-09-01..1405-09-08» (or a single date): [start of the first day, end of the last day). */
export function parseJalaliRange(s: string): { start: Date; end: Date } | null {
  if (typeof s !== 'string' || s.length > 80) return null;
  const idx = s.indexOf('..');
  if (idx < 0) return parseJalaliDate(s);
  const a = parseJalaliDate(s.slice(0, idx));
  const b = parseJalaliDate(s.slice(idx + 2));
  if (!a || !b || b.end.getTime() <= a.start.getTime()) return null;
  return { start: a.start, end: b.end };
}
