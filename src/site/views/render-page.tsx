import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { Lang } from '../../content/types.js';
import type { Site, SiteData } from '../site.js';
import { Footer, Header, PageHead, StaticHead, type Head } from './Layout.js';

// The parts every page of an edition shares (static head tags, header with the section
// menu, footer) are rendered once per edition, section highlight and data version, and
// reused as strings: rendering a page then costs only what differs.
const fragments = new Map<string, Buffer>();
function fragment(key: string, render: () => string): Buffer {
  let b = fragments.get(key);
  if (b === undefined) {
    if (fragments.size > 2000) fragments.clear();
    b = Buffer.from(render());
    fragments.set(key, b);
  }
  return b;
}

/**
 * Renders a full page (document shell + body) of an edition to bytes. The shared fragments
 * are kept encoded, so only what differs per page is rendered and encoded to UTF-8.
 */
export function renderPage(site: Site, data: SiteData, lang: Lang, head: Head, body: ComponentChildren, opts: { currentSectionId?: number | null; ticker?: ComponentChildren; searchQuery?: string } = {}): Buffer {
  const edition = data.editions.find((e) => e.code === lang);
  const dir = edition?.dir ?? (lang === 'en' ? 'ltr' : 'rtl');
  const v = `${lang}|${data.loadedAt}`;
  const open = fragment(`open|${lang}|${dir}`, () => `<!DOCTYPE html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>`);
  const staticHead = fragment(`head|${v}`, () => renderToString(<StaticHead lang={lang} assets={site.assets} publicUrl={site.publicUrl} />) + '</head><body>');
  const headerProps = { lang, editions: data.editions, sections: data.sections.get(lang) ?? [], currentSectionId: opts.currentSectionId, searchQuery: opts.searchQuery };
  const header = opts.searchQuery ? Buffer.from(renderToString(<Header {...headerProps} />)) : fragment(`header|${v}|${opts.currentSectionId ?? ''}`, () => renderToString(<Header {...headerProps} />));
  const footer = fragment(`footer|${v}`, () => '</main>' + renderToString(<Footer lang={lang} />) + '</body></html>');
  const pageHead = renderToString(<PageHead lang={lang} head={head} />);
  const main = `${opts.ticker ? renderToString(<>{opts.ticker}</>) : ''}<main id="main" class="wrap">${renderToString(<>{body}</>)}`;
  return encodeParts([open, pageHead, staticHead, header, main, footer]);
}

let scratch = Buffer.allocUnsafeSlow(256 * 1024);

/**
 * Bytes + strings to one exact-size Buffer. Strings are written into a reused scratch buffer
 * sized for the worst case (3 bytes per UTF-16 unit), then copied out: about half the cost of
 * Buffer.from(string), which measures the UTF-8 length in a pass of its own.
 */
export function encodeParts(parts: Array<Buffer | string>): Buffer {
  let max = 0;
  for (const p of parts) max += typeof p === 'string' ? p.length * 3 : p.length;
  if (scratch.length < max) scratch = Buffer.allocUnsafeSlow(Math.max(max, scratch.length * 2));
  let n = 0;
  for (const p of parts) n += typeof p === 'string' ? scratch.write(p, n) : p.copy(scratch, n);
  const out = Buffer.allocUnsafe(n);
  scratch.copy(out, 0, 0, n);
  return out;
}
