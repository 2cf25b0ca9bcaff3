import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { Lang } from '../../content/types.js';
import type { Site, SiteData } from '../site.js';
import { Footer, Header, PageHead, StaticHead, type Head } from './Layout.js';

// The parts every page of an edition shares (static head tags, header with the section
// menu, footer) are rendered once per edition, section highlight and data version, and
// reused as strings: rendering a page then costs only what differs.
const fragments = new Map<string, string>();
function fragment(key: string, render: () => string): string {
  let s = fragments.get(key);
  if (s === undefined) {
    if (fragments.size > 2000) fragments.clear();
    s = render();
    fragments.set(key, s);
  }
  return s;
}

/** Renders a full page (document shell + body) of an edition to bytes. */
export function renderPage(site: Site, data: SiteData, lang: Lang, head: Head, body: ComponentChildren, opts: { currentSectionId?: number | null; ticker?: ComponentChildren; searchQuery?: string } = {}): Buffer {
  const edition = data.editions.find((e) => e.code === lang);
  const dir = edition?.dir ?? (lang === 'en' ? 'ltr' : 'rtl');
  const v = `${lang}|${data.loadedAt}`;
  const staticHead = fragment(`head|${v}`, () => renderToString(<StaticHead lang={lang} assets={site.assets} publicUrl={site.publicUrl} />));
  const headerProps = { lang, editions: data.editions, sections: data.sections.get(lang) ?? [], currentSectionId: opts.currentSectionId, searchQuery: opts.searchQuery };
  const header = opts.searchQuery ? renderToString(<Header {...headerProps} />) : fragment(`header|${v}|${opts.currentSectionId ?? ''}`, () => renderToString(<Header {...headerProps} />));
  const footer = fragment(`footer|${v}`, () => renderToString(<Footer lang={lang} />));
  const html =
    `<!DOCTYPE html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>` +
    renderToString(<PageHead lang={lang} head={head} />) +
    staticHead +
    `</head><body>${header}${opts.ticker ? renderToString(<>{opts.ticker}</>) : ''}<main id="main" class="wrap">` +
    renderToString(<>{body}</>) +
    `</main>${footer}</body></html>`;
  return Buffer.from(html);
}
