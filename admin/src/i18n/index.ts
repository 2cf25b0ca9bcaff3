/**
 * The UI's message catalogues: Persian first, English as a switch. The choice is remembered
 * on this device (localStorage `chapar.newsroom.lang`) and sent to the API as `?lang=`, so
 * the server's error messages come back in the same language.
 */
import { en } from './en.js';
import { fa, type MessageKey } from './fa.js';

export type UiLang = 'fa' | 'en';
export type { MessageKey };

const STORE_KEY = 'chapar.newsroom.lang';
const catalogues: Record<UiLang, Record<MessageKey, string>> = { fa, en };

function initial(): UiLang {
  try {
    return localStorage.getItem(STORE_KEY) === 'en' ? 'en' : 'fa';
  } catch {
    return 'fa';
  }
}

let current: UiLang = initial();
const listeners = new Set<() => void>();

/** The UI language now. */
export function uiLang(): UiLang {
  return current;
}

/** Switches the UI language, sets <html lang dir>, and re-renders subscribers. */
export function setUiLang(lang: UiLang): void {
  current = lang;
  try {
    localStorage.setItem(STORE_KEY, lang);
  } catch {
    /* private mode: not remembered */
  }
  applyDocumentLang();
  for (const l of listeners) l();
}

export function applyDocumentLang(): void {
  document.documentElement.lang = current;
  document.documentElement.dir = current === 'fa' ? 'rtl' : 'ltr';
  document.title = t('app.name');
}

export function onLangChange(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** A message in the UI language, with {name} placeholders filled in. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const msg = catalogues[current][key] ?? fa[key] ?? key;
  return msg.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? (typeof params[k] === 'number' ? num(params[k]!) : String(params[k])) : m));
}

/** Numbers in the UI language's digits. */
export function num(v: string | number): string {
  const s = String(v);
  return current === 'fa' ? s.replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d))) : s;
}
