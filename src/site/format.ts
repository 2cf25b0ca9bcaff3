/** Per-edition formatting for views: messages, numbers, codes and dates (through src/text). */
import type { Lang } from '../content/types.js';
import { t as translate, type MessageKey } from '../platform/i18n/index.js';
import { formatDate, formatDateTime, formatDigits, formatNumber } from '../text/index.js';

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
/** «یکشنبه ۹ آذر ۱۴۰۵ - ۱۰:۳۰» (fa), Hijri (ar), Gregorian (en); Tehran time. */
export const dateTime = (d: Date, lang: Lang): string => formatDateTime(d, lang);
/** «۹ آذر ۱۴۰۵». */
export const date = (d: Date, lang: Lang): string => formatDate(d, lang);
/** Machine-readable ISO 8601 (Latin digits, UTC) for datetime attributes, JSON-LD and feeds. */
export const iso = (d: Date): string => d.toISOString();
/** «۱۰:۳۰». */
export { formatTime as time } from '../text/index.js';
