/** Per-edition formatting for views: messages, numbers, codes and dates (through src/text). */
import type { Lang } from '../content/types.js';
import { t as translate, type MessageKey } from '../platform/i18n/index.js';
import { formatDate, formatDateTime, formatDigits, formatNumber, formatTime } from '../text/index.js';

/** A message of the edition's catalogue, with `{name}` placeholders filled in. */
export function t(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  const s = translate(lang, key);
  if (!vars) return s;
  return s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** A count with the edition's digits and separators: «۱۲٬۳۴۵». */
export const num = (n: number, lang: Lang): string => formatNumber(n, lang);
/** A news code with the edition's digits and no separators: «۹۸۸۵۱۵». */
export const digits = (n: number, lang: Lang): string => formatDigits(n, lang);
// Intl's calendar formatting is the costliest call in a page render, and list pages show
// the same instants again and again: remember recent results.
const memo = new Map<string, string>();
function remembered(kind: string, d: Date, lang: Lang, f: (d: Date, lang: Lang) => string): string {
  const key = `${kind}${lang}${d.getTime()}`;
  let s = memo.get(key);
  if (s === undefined) {
    if (memo.size > 20_000) memo.clear();
    s = f(d, lang);
    memo.set(key, s);
  }
  return s;
}

/** «یکشنبه ۹ آذر ۱۴۰۵ - ۱۰:۳۰» (fa), Hijri (ar), Gregorian (en); Tehran time. */
export const dateTime = (d: Date, lang: Lang): string => remembered('dt', d, lang, formatDateTime);
/** «۹ آذر ۱۴۰۵». */
export const date = (d: Date, lang: Lang): string => remembered('d', d, lang, formatDate);
/**
 * Machine-readable ISO 8601 (Latin digits, UTC) for datetime attributes, JSON-LD and feeds.
 * A page shows the same few instants several times (head, JSON-LD, <time>), and the articles
 * held by the object cache keep their Date objects: remembered per Date object.
 */
export function iso(d: Date): string {
  const time = d.getTime();
  const known = isoOf.get(d);
  if (known !== undefined && known.time === time) return known.text;
  const text = d.toISOString();
  isoOf.set(d, { time, text });
  return text;
}
/** With the instant it was made for: a Date can be changed in place. */
const isoOf = new WeakMap<Date, { time: number; text: string }>();
/** «۱۰:۳۰». */
export const time = (d: Date, lang: Lang): string => remembered('t', d, lang, formatTime);
