import { renderToString } from 'preact-render-to-string';
import type { Lang } from '../../content/types.js';
import type { Site, SiteData } from '../site.js';
import { encoded, encodePage, withPlacedParts, type Encoded } from './byte-parts.js';
import type { Html } from './html.js';
import { Footer, Header, pageHeadHtml, StaticHead, type Head } from './Layout.js';

// The parts every page of an edition shares (static head tags, header with the section
// menu, footer) are rendered once per edition, section highlight and data version, and
// kept encoded: rendering a page then costs only what differs.
const fragments = new Map<string, Encoded>();
function fragment(key: string, render: () => string): Encoded {
  let f = fragments.get(key);
  if (f === undefined) {
    if (fragments.size > 2000) fragments.clear();
    f = encoded(render());
    fragments.set(key, f);
  }
  return f;
}

/**
 * Renders a full page (document shell + body) of an edition to bytes. The shared fragments
 * are kept encoded, so only what differs per page is rendered and encoded to UTF-8.
 */
export function renderPage(site: Site, data: SiteData, lang: Lang, head: Head, body: () => Html, opts: { currentSectionId?: number | null; ticker?: () => Html | ''; searchQuery?: string } = {}): Buffer {
  const edition = data.editions.find((e) => e.code === lang);
  const dir = edition?.dir ?? (lang === 'en' ? 'ltr' : 'rtl');
  const v = `${lang}|${data.loadedAt}`;
  const open = fragment(`open|${lang}|${dir}`, () => `<!DOCTYPE html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>`);
  const staticHead = fragment(`head|${v}`, () => renderToString(<StaticHead lang={lang} assets={site.assets} publicUrl={site.publicUrl} />) + '</head><body>');
  const headerProps = { lang, editions: data.editions, sections: data.sections.get(lang) ?? [], currentSectionId: opts.currentSectionId, searchQuery: opts.searchQuery };
  const header = opts.searchQuery ? renderToString(<Header {...headerProps} />) : fragment(`header|${v}|${opts.currentSectionId ?? ''}`, () => renderToString(<Header {...headerProps} />));
  const footer = fragment(`footer|${v}`, () => '</main>' + renderToString(<Footer lang={lang} />) + '</body></html>');
  const { result: main, parts } = withPlacedParts(() => `${opts.ticker?.().toString() ?? ''}<main id="main" class="wrap">${body().value}`);
  return encodePage([open, pageHeadHtml(lang, head), staticHead, header, main, footer], parts);
}

