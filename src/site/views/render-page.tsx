import type { ComponentChildren } from 'preact';
import { createHash, hash } from 'node:crypto';
import { renderToString } from 'preact-render-to-string';
import type { Lang } from '../../content/types.js';
import { knownEtags } from '../page-cache/page-cache.js';
import type { Site, SiteData } from '../site.js';
import { Footer, Header, pageHeadHtml, StaticHead, type Head } from './Layout.js';

// The parts every page of an edition shares (static head tags, header with the section
// menu, footer) are rendered once per edition, section highlight and data version, and
// kept encoded with their digest: rendering a page then costs only what differs.
interface Fragment {
  bytes: Buffer;
  digest: Buffer;
}
const fragments = new Map<string, Fragment>();
function fragment(key: string, render: () => string): Fragment {
  let f = fragments.get(key);
  if (f === undefined) {
    if (fragments.size > 2000) fragments.clear();
    const bytes = Buffer.from(render());
    f = { bytes, digest: hash('sha1', bytes, 'buffer') };
    fragments.set(key, f);
  }
  return f;
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
  const header = opts.searchQuery ? renderToString(<Header {...headerProps} />) : fragment(`header|${v}|${opts.currentSectionId ?? ''}`, () => renderToString(<Header {...headerProps} />));
  const footer = fragment(`footer|${v}`, () => '</main>' + renderToString(<Footer lang={lang} />) + '</body></html>');
  const pageHead = pageHeadHtml(lang, head);
  const main = `${opts.ticker ? renderToString(<>{opts.ticker}</>) : ''}<main id="main" class="wrap">${renderToString(<>{body}</>)}`;
  return encodeParts([open, pageHead, staticHead, header, main, footer]);
}

const SLAB_BYTES = 1024 * 1024;
let slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
let slabUsed = 0;

/**
 * Fragments + strings to one Buffer and its ETag. Strings are UTF-8-encoded straight into a
 * shared slab (as Node pools small Buffers) — no Buffer.from pass to measure the length, no
 * per-page allocation or copy; a page kept longer (the page cache) is copied out of it. The
 * ETag is a SHA-1 over the page's own bytes and the fragments' digests, so it is a function
 * of the bytes, like a digest of the whole page, at about half the hashing.
 */
export function encodeParts(parts: Array<Fragment | string>): Buffer {
  let max = 0;
  for (const p of parts) max += typeof p === 'string' ? p.length * 3 : p.bytes.length;
  if (SLAB_BYTES - slabUsed < max) {
    slab = Buffer.allocUnsafeSlow(Math.max(SLAB_BYTES, max));
    slabUsed = 0;
  }
  const start = slabUsed;
  let n = start;
  const h = createHash('sha1');
  for (const p of parts) {
    if (typeof p === 'string') {
      const from = n;
      n += slab.write(p, n);
      h.update(slab.subarray(from, n));
    } else {
      n += p.bytes.copy(slab, n);
      h.update(p.digest);
    }
  }
  slabUsed = (n + 7) & ~7;
  const body = slab.subarray(start, n);
  knownEtags.set(body, `"${h.digest('base64url').slice(0, 22)}"`);
  return body;
}
