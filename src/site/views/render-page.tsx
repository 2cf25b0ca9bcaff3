import type { ComponentChildren } from 'preact';
import type { Lang } from '../../content/types.js';
import type { Site, SiteData } from '../site.js';
import { renderHtml } from '../respond.js';
import { Layout, type Head } from './Layout.js';

/** Renders a full page (layout + body) of an edition to bytes. */
export function renderPage(site: Site, data: SiteData, lang: Lang, head: Head, body: ComponentChildren, opts: { currentSectionId?: number | null; ticker?: ComponentChildren; searchQuery?: string } = {}): Buffer {
  const edition = data.editions.find((e) => e.code === lang);
  return renderHtml(
    <Layout
      lang={lang}
      dir={edition?.dir ?? (lang === 'en' ? 'ltr' : 'rtl')}
      head={head}
      assets={site.assets}
      publicUrl={site.publicUrl}
      editions={data.editions}
      sections={data.sections.get(lang) ?? []}
      currentSectionId={opts.currentSectionId}
      ticker={opts.ticker}
      searchQuery={opts.searchQuery}
    >
      {body}
    </Layout>,
  );
}
