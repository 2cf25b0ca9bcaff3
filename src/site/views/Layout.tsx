import type { ComponentChildren } from 'preact';
import type { Edition, Lang, Section } from '../../content/types.js';
import type { Assets } from '../assets.js';
import { t } from '../format.js';
import { html, Html, rawHtml } from './html.js';
import { jsonForScript } from './structured-data.js';
import { atomPath, homePath, jsonFeedPath, rssPath, searchPath, sectionPath } from '../urls.js';

export interface Head {
  title: string;
  description: string;
  /** Absolute canonical URL. */
  canonical: string;
  /** hreflang alternates (absolute URLs), x-default included by the caller. */
  alternates?: Array<{ hreflang: string; href: string }>;
  /** Extra feeds (a section's RSS). */
  feeds?: Array<{ type: string; title: string; href: string }>;
  og?: { type: 'website' | 'article'; image?: string; publishedTime?: string; modifiedTime?: string; section?: string; tags?: string[] };
  /** JSON-LD blocks: values to serialize, or JSON text already safe for a <script> element. */
  jsonLd?: unknown[];
  robots?: string;
  /** Previous/next pages of a list. */
  prev?: string;
  next?: string;
  preloadImage?: { href: string; srcset?: string; sizes?: string };
}

export interface LayoutProps {
  lang: Lang;
  dir: 'rtl' | 'ltr';
  head: Head;
  assets: Assets;
  publicUrl: string;
  editions: Edition[];
  sections: Section[];
  /** The current section (highlighted in the menu). */
  currentSectionId?: number | null;
  /** Breaking-news ticker above the content. */
  ticker?: ComponentChildren;
  searchQuery?: string;
  children: ComponentChildren;
}

const OG_LOCALE: Record<Lang, string> = { fa: 'fa_IR', ar: 'ar_AR', en: 'en_US' };

/**
 * The <head> tags that vary per page (title, canonical, OpenGraph, JSON-LD…), as HTML. The
 * Twitter card names its type (and image); X reads the title and description from the
 * OpenGraph tags, as its documentation allows, rather than from a second copy. Written
 * with the escaping `html` template rather than JSX: some thirty attribute-only tags on every
 * page, where a component tree costs several times the markup (measured in docs/decisions.md).
 */
export function pageHeadHtml(lang: Lang, head: Head): string {
  const og = head.og;
  const pre = head.preloadImage;
  return html`<title>${head.title}</title><meta name="description" content="${head.description}"/>${
    head.robots ? html`<meta name="robots" content="${head.robots}"/>` : ''
  }<link rel="canonical" href="${head.canonical}"/>${(head.alternates ?? []).map((a) => html`<link rel="alternate" hreflang="${a.hreflang}" href="${a.href}"/>`)}${
    head.prev ? html`<link rel="prev" href="${head.prev}"/>` : ''
  }${head.next ? html`<link rel="next" href="${head.next}"/>` : ''}${(head.feeds ?? []).map((f) => html`<link rel="alternate" type="${f.type}" title="${f.title}" href="${f.href}"/>`)}${
    pre ? html`<link rel="preload" as="image" href="${pre.href}"${pre.srcset ? html` imagesrcset="${pre.srcset}"` : ''}${pre.sizes ? html` imagesizes="${pre.sizes}"` : ''} fetchpriority="high"/>` : ''
  }<meta property="og:site_name" content="${t(lang, 'site.name')}"/><meta property="og:locale" content="${OG_LOCALE[lang]}"/><meta property="og:type" content="${og?.type ?? 'website'}"/><meta property="og:title" content="${head.title}"/><meta property="og:description" content="${head.description}"/><meta property="og:url" content="${head.canonical}"/>${
    og?.image ? html`<meta property="og:image" content="${og.image}"/>` : ''
  }${og?.publishedTime ? html`<meta property="article:published_time" content="${og.publishedTime}"/>` : ''}${
    og?.modifiedTime ? html`<meta property="article:modified_time" content="${og.modifiedTime}"/>` : ''
  }${og?.section ? html`<meta property="article:section" content="${og.section}"/>` : ''}${(og?.tags ?? []).map((tag) => html`<meta property="article:tag" content="${tag}"/>`)}<meta name="twitter:card" content="${
    og?.image ? 'summary_large_image' : 'summary'
  }"/>${
    og?.image ? html`<meta name="twitter:image" content="${og.image}"/>` : ''
  }${(head.jsonLd ?? []).map((j) => html`<script type="application/ld+json">${j instanceof Html ? j : rawHtml(jsonForScript(j))}</script>`)}`.value;
}

/** The <head> tags every page of an edition shares (assets, feeds, icon). */
export function StaticHead({ lang, assets, publicUrl }: { lang: Lang; assets: Assets; publicUrl: string }) {
  const siteName = t(lang, 'site.name');
  const abs = (path: string) => publicUrl + path;
  return (
    <>
      <link rel="alternate" type="application/rss+xml" title={`${siteName} - ${t(lang, 'site.feed.rss')}`} href={abs(rssPath(lang))} />
      <link rel="alternate" type="application/atom+xml" title={`${siteName} - ${t(lang, 'site.feed.atom')}`} href={abs(atomPath(lang))} />
      <link rel="alternate" type="application/feed+json" title={`${siteName} - ${t(lang, 'site.feed.json')}`} href={abs(jsonFeedPath(lang))} />
      <link rel="preload" href={assets.fontHref} as="font" type="font/woff2" crossorigin="anonymous" />
      <link rel="stylesheet" href={assets.cssHref} />
      <link rel="icon" href={assets.iconHref} type="image/svg+xml" />
      <meta name="theme-color" content="#9b1c1c" />
      <script dangerouslySetInnerHTML={{ __html: assets.inlineHead }} />
      <script src={assets.jsHref} defer />
    </>
  );
}

/** Skip link, site name, search form, editions and the section menu. */
export function Header({ lang, editions, sections, currentSectionId, searchQuery }: Pick<LayoutProps, 'lang' | 'editions' | 'sections' | 'currentSectionId' | 'searchQuery'>) {
  const main = sections.filter((s) => s.parentId == null).slice(0, 12);
  return (
    <>
      <a class="skip" href="#main">{t(lang, 'site.skip')}</a>
      <header class="top">
        <div class="wrap bar">
          <a class="logo" href={homePath(lang)}>{t(lang, 'site.name')}</a>
          <form class="sf" role="search" action={searchPath(lang)} method="get">
            <label class="vh" for="q">{t(lang, 'site.search.label')}</label>
            <input id="q" name="q" type="search" dir="auto" value={searchQuery ?? ''} autocomplete="off" />
            <button class="btn" type="submit">{t(lang, 'site.search.button')}</button>
          </form>
          <nav aria-label={t(lang, 'site.nav.editions')}>
            <ul class="eds">
              {editions.map((e) => (
                <li>
                  <a href={homePath(e.code)} lang={e.code} hreflang={e.code} aria-current={e.code === lang ? 'true' : undefined}>
                    {e.nativeName}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
        <nav class="nav" aria-label={t(lang, 'site.nav.main')}>
          <ul class="wrap">
            {main.map((s) => (
              <li>
                <a href={sectionPath(lang, s.slug)} aria-current={s.id === currentSectionId ? 'page' : undefined}>
                  {s.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
    </>
  );
}

export function Footer({ lang }: { lang: Lang }) {
  return (
    <footer class="foot">
      <div class="wrap">
        <ul>
          <li><a href={rssPath(lang)}>{t(lang, 'site.feed.rss')}</a></li>
          <li><a href={atomPath(lang)}>{t(lang, 'site.feed.atom')}</a></li>
          <li><a href={jsonFeedPath(lang)}>{t(lang, 'site.feed.json')}</a></li>
        </ul>
        <p>{t(lang, 'site.footer.rights')}</p>
      </div>
    </footer>
  );
}
