/** Dates for display: Jalali with Persian digits and Tehran time (fa), Gregorian (en), via src/text. */
import { formatDateTime } from '../../src/text/dates.js';
import { uiLang } from './i18n/index.js';

/** «شنبه ۸ آذر ۱۴۰۵ - ۱۰:۳۰» or «Saturday, November 28, 2026 - 10:30»; '' for null. */
export function when(iso: string | null | undefined): string {
  if (!iso) return '';
  return formatDateTime(new Date(iso), uiLang());
}
