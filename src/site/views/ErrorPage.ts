import type { Lang } from '../../content/types.js';
import { t } from '../format.js';
import { homePath } from '../urls.js';
import { html, type Html } from './html.js';

export type ErrorKind = 'not_found' | 'gone' | 'server';

export const ERROR_TITLES = {
  not_found: ['site.error.notFoundTitle', 'site.error.notFoundText'],
  gone: ['site.error.goneTitle', 'site.error.goneText'],
  server: ['site.error.serverTitle', 'site.error.serverText'],
} as const;

/** 404, 410 and 5xx pages in the edition's language; never any internals. */
export function errorBodyHtml(kind: ErrorKind, lang: Lang): Html {
  const [title, text] = ERROR_TITLES[kind];
  return html`<div class="err"><h1>${t(lang, title)}</h1><p>${t(lang, text)}</p><p><a href="${homePath(lang)}">${t(lang, 'site.error.backHome')}</a></p></div>`;
}
