import type { ComponentChildren } from 'preact';
import type { Edition, Lang, Section } from '../../content/types.js';
import type { Assets } from '../assets.js';
import { t } from '../format.js';
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

/** JSON for a <script type="application/ld+json">: `<` escaped so text can never close the script. */
export function jsonForScript(v: unknown): string {
  return JSON.stringify(v).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const OG_LOCALE: Record<Lang, string> = { fa: 'fa_IR', ar: 'ar_AR', en: 'en_US' };

export function Layout(p: LayoutProps) {
  const { lang, head } = p;
  const siteName = t(lang, 'site.name');
  const abs = (path: string) => p.publicUrl + path;
  const main = p.sections.filter((s) => s.parentId == null).slice(0, 12);
  return (
    <html lang={lang} dir={p.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{head.title}</title>
        <meta name="description" content={head.description} />
        {head.robots && <meta name="robots" content={head.robots} />}
        <link rel="canonical" href={head.canonical} />
        {head.alternates?.map((a) => <link rel="alternate" hreflang={a.hreflang} href={a.href} />)}
        {head.prev && <link rel="prev" href={head.prev} />}
        {head.next && <link rel="next" href={head.next} />}
        <link rel="alternate" type="application/rss+xml" title={`${siteName} - ${t(lang, 'site.feed.rss')}`} href={abs(rssPath(lang))} />
        <link rel="alternate" type="application/atom+xml" title={`${siteName} - ${t(lang, 'site.feed.atom')}`} href={abs(atomPath(lang))} />
        <link rel="alternate" type="application/feed+json" title={`${siteName} - ${t(lang, 'site.feed.json')}`} href={abs(jsonFeedPath(lang))} />
        {head.feeds?.map((f) => <link rel="alternate" type={f.type} title={f.title} href={f.href} />)}
        <link rel="preload" href={p.assets.fontHref} as="font" type="font/woff2" crossorigin="anonymous" />
        {head.preloadImage && <link {...({ rel: 'preload', as: 'image', href: head.preloadImage.href, imagesrcset: head.preloadImage.srcset, imagesizes: head.preloadImage.sizes, fetchpriority: 'high' } as Record<string, string>)} />}
        <link rel="stylesheet" href={p.assets.cssHref} />
        <link rel="icon" href={p.assets.iconHref} type="image/svg+xml" />
        <meta name="theme-color" content="#9b1c1c" />
        <meta property="og:site_name" content={siteName} />
        <meta property="og:locale" content={OG_LOCALE[lang]} />
        <meta property="og:type" content={head.og?.type ?? 'website'} />
        <meta property="og:title" content={head.title} />
        <meta property="og:description" content={head.description} />
        <meta property="og:url" content={head.canonical} />
        {head.og?.image && <meta property="og:image" content={head.og.image} />}
        {head.og?.publishedTime && <meta property="article:published_time" content={head.og.publishedTime} />}
        {head.og?.modifiedTime && <meta property="article:modified_time" content={head.og.modifiedTime} />}
        {head.og?.section && <meta property="article:section" content={head.og.section} />}
        {head.og?.tags?.map((tag) => <meta property="article:tag" content={tag} />)}
        <meta name="twitter:card" content={head.og?.image ? 'summary_large_image' : 'summary'} />
        <meta name="twitter:title" content={head.title} />
        <meta name="twitter:description" content={head.description} />
        {head.og?.image && <meta name="twitter:image" content={head.og.image} />}
        {head.jsonLd?.map((j) => <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(j) }} />)}
        <script dangerouslySetInnerHTML={{ __html: p.assets.inlineHead }} />
        <script src={p.assets.jsHref} defer />
      </head>
      <body>
        <a class="skip" href="#main">{t(lang, 'site.skip')}</a>
        <header class="top">
          <div class="wrap bar">
            <a class="logo" href={homePath(lang)}>{siteName}</a>
            <form class="sf" role="search" action={searchPath(lang)} method="get">
              <label class="vh" for="q">{t(lang, 'site.search.label')}</label>
              <input id="q" name="q" type="search" dir="auto" value={p.searchQuery ?? ''} autocomplete="off" />
              <button class="btn" type="submit">{t(lang, 'site.search.button')}</button>
            </form>
            <nav aria-label={t(lang, 'site.nav.editions')}>
              <ul class="eds">
                {p.editions.map((e) => (
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
                  <a href={sectionPath(lang, s.slug)} aria-current={s.id === p.currentSectionId ? 'page' : undefined}>
                    {s.name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        {p.ticker}
        <main id="main" class="wrap">
          {p.children}
        </main>
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
      </body>
    </html>
  );
}
