/** URL builders for the public site. Paths are relative; `abs` makes them absolute. */
import type { Lang } from '../content/types.js';
import { boundedMemo } from '../text/memo.js';

/** Slugs repeat on every page that links to them (Persian ones percent-encode to ~5× their length). */
const enc = boundedMemo((s: string) => encodeURIComponent(s), 20_000);

export const homePath = (lang: Lang) => `/${lang}/`;
export const articlePath = (a: { lang: Lang; code: number; slug: string }) => `/${a.lang}/news/${a.code}/${enc(a.slug)}`;
export const shortPath = (code: number) => `/n/${code}`;
export const sectionPath = (lang: Lang, slug: string) => `/${lang}/section/${enc(slug)}`;
export const tagPath = (lang: Lang, slug: string) => `/${lang}/tag/${enc(slug)}`;
export const authorPath = (lang: Lang, slug: string) => `/${lang}/author/${enc(slug)}`;
export const archivePath = (lang: Lang, jalaliKey: string) => `/${lang}/archive/${jalaliKey}`;
export const searchPath = (lang: Lang) => `/${lang}/search`;
export const rssPath = (lang: Lang) => `/${lang}/rss.xml`;
export const atomPath = (lang: Lang) => `/${lang}/atom.xml`;
export const jsonFeedPath = (lang: Lang) => `/${lang}/feed.json`;
export const sectionRssPath = (lang: Lang, slug: string) => `${sectionPath(lang, slug)}/rss.xml`;
export const mediaPath = (key: string) => `/media/${key.split('/').map(enc).join('/')}`;

/** An absolute URL on the public origin (canonical links, feeds, sitemaps, JSON-LD). */
export function abs(publicUrl: string, path: string): string {
  return publicUrl + path;
}
