import { renderToString } from 'preact-render-to-string';
import type { Lang } from '../../content/types.js';
import type { Site, SiteData } from '../site.js';
import { encoded, encodePage, withPlacedParts, type Encoded } from './byte-parts.js';
import type { Html } from './html.js';
import { Footer, Header, pageHeadHtml, StaticHead, type Head } from './Layout.js';

/**
 * The parts every page of an edition shares (document start, static head tags, header with
 * the section menu, footer), rendered once per edition and data version (a SiteData object:
 * editions and sections as loaded, replaced when they are reloaded) and kept encoded:
 * rendering a page then costs only what differs.
 */
interface Shell {
  open: Encoded;
  staticHead: Encoded;
  footer: Encoded;
  /** The header by highlighted section (none: ''). */
  headers: Map<number | '', Encoded>;
}
const shells = new WeakMap<SiteData, Map<Lang, Shell>>();
function shellOf(site: Site, data: SiteData, lang: Lang, dir: 'rtl' | 'ltr'): Shell {
  let byLang = shells.get(data);
  if (!byLang) shells.set(data, (byLang = new Map()));
  let shell = byLang.get(lang);
  if (!shell) {
    shell = {
      open: encoded(`<!DOCTYPE html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>`),
      staticHead: encoded(renderToString(<StaticHead lang={lang} assets={site.assets} publicUrl={site.publicUrl} />) + '</head><body>'),
      footer: encoded('</main>' + renderToString(<Footer lang={lang} />) + '</body></html>'),
      headers: new Map(),
    };
    byLang.set(lang, shell);
  }
  return shell;
}

/**
 * Renders a full page (document shell + body) of an edition to bytes. The shared fragments
 * are kept encoded, so only what differs per page is rendered and encoded to UTF-8.
 */
export function renderPage(site: Site, data: SiteData, lang: Lang, head: Head, body: () => Html, opts: { currentSectionId?: number | null; ticker?: () => Html | ''; searchQuery?: string } = {}): Buffer {
  const edition = data.editions.find((e) => e.code === lang);
  const dir = edition?.dir ?? (lang === 'en' ? 'ltr' : 'rtl');
  const shell = shellOf(site, data, lang, dir);
  const headerProps = { lang, editions: data.editions, sections: data.sections.get(lang) ?? [], currentSectionId: opts.currentSectionId, searchQuery: opts.searchQuery };
  // The search page's header carries the reader's query: rendered for it alone.
  let header: Encoded | string;
  if (opts.searchQuery) header = renderToString(<Header {...headerProps} />);
  else {
    const current = opts.currentSectionId ?? '';
    let kept = shell.headers.get(current);
    if (kept === undefined) shell.headers.set(current, (kept = encoded(renderToString(<Header {...headerProps} />))));
    header = kept;
  }
  const { result: main, parts } = withPlacedParts(() => `${opts.ticker?.().toString() ?? ''}<main id="main" class="wrap">${body().value}`);
  return encodePage([shell.open, pageHeadHtml(lang, head), shell.staticHead, header, main, shell.footer], parts);
}
