/** Error pages (404, 410, 5xx) in the edition's language, for site routes. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isChaparError } from '../platform/errors.js';
import type { Lang } from '../content/types.js';
import { t } from './format.js';
import { sendBytes } from './respond.js';
import { isLang, type Site } from './site.js';
import { homePath } from './urls.js';
import { errorBodyHtml, ERROR_TITLES, type ErrorKind } from './views/ErrorPage.js';
import { renderPage } from './views/render-page.js';

/** The edition a URL belongs to (its first path segment), else the default edition. */
export function langOfUrl(site: Site, url: string): Lang {
  const seg = url.split('/')[1]?.split('?')[0];
  return isLang(seg) ? seg : site.defaultLang;
}

export async function sendErrorPage(site: Site, req: FastifyRequest, reply: FastifyReply, kind: ErrorKind, lang: Lang = langOfUrl(site, req.url)): Promise<FastifyReply> {
  const data = await site.data();
  const title = t(lang, ERROR_TITLES[kind][0]);
  const body = renderPage(
    site,
    data,
    lang,
    { title: `${title} - ${t(lang, 'site.name')}`, description: t(lang, ERROR_TITLES[kind][1]), canonical: site.publicUrl + homePath(lang), robots: 'noindex' },
    () => errorBodyHtml(kind, lang),
  );
  return sendBytes(site, req, reply, body, { status: kind === 'not_found' ? 404 : kind === 'gone' ? 410 : 500, tags: [], cacheable: false });
}

/** Maps an error thrown while building a page to the right error page; 5xx are logged, never shown. */
export async function sendPageError(site: Site, req: FastifyRequest, reply: FastifyReply, err: unknown, lang?: Lang): Promise<FastifyReply> {
  if (isChaparError(err) && (err.kind === 'not_found' || err.kind === 'gone' || err.kind === 'invalid')) {
    return sendErrorPage(site, req, reply, err.kind === 'gone' ? 'gone' : 'not_found', lang);
  }
  site.deps.logger.error({ err, url: req.url }, 'page failed');
  try {
    return await sendErrorPage(site, req, reply, 'server', lang);
  } catch {
    return reply.code(500).type('text/plain; charset=utf-8').send('500');
  }
}
