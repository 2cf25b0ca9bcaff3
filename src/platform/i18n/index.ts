import { ar } from './ar.js';
import { en } from './en.js';
import { fa, type MessageKey } from './fa.js';

export type { MessageKey };
export type UiLang = 'fa' | 'ar' | 'en';

const CATALOGUES: Record<UiLang, Record<MessageKey, string>> = { fa, ar, en };

/** A message in the given language; unknown keys are returned as they are. */
export function t(lang: UiLang, key: MessageKey | string): string {
  return (CATALOGUES[lang] as Record<string, string>)[key] ?? key;
}

/** Picks the UI language from an Accept-Language header (Persian first). */
export function langFromAcceptLanguage(header: string | undefined, fallback: UiLang = 'fa'): UiLang {
  if (!header) return fallback;
  for (const part of header.split(',')) {
    const code = part.trim().slice(0, 2).toLowerCase();
    if (code === 'fa' || code === 'ar' || code === 'en') return code;
  }
  return fallback;
}
