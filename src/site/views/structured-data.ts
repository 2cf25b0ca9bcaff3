/**
 * schema.org structured data (JSON-LD) and head helpers shared by the page routes.
 *
 * The article page's NewsArticle and every page's BreadcrumbList are written as JSON text
 * directly (each value a JSON string literal): they are in every page render, and building
 * an object tree for JSON.stringify to walk cost more than the text (docs/decisions.md).
 * The text is safe inside a <script> element: `<`, U+2028 and U+2029 are escaped.
 */
import type { Lang } from '../../content/types.js';
import { t } from '../format.js';
import type { Site } from '../site.js';
import { homePath } from '../urls.js';
import { rawHtml, type Html } from './html.js';
import type { Crumb } from './parts.js';

const SCRIPT_UNSAFE_ALL = /[<\u2028\u2029]/g;
const SCRIPT_ESCAPES: Record<string, string> = { '<': '\\u003c', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/** JSON text made safe for a <script> element (one-character scans in the common case). */
export function scriptSafe(json: string): string {
  return json.indexOf('<') < 0 && json.indexOf('\u2028') < 0 && json.indexOf('\u2029') < 0 ? json : json.replace(SCRIPT_UNSAFE_ALL, (c) => SCRIPT_ESCAPES[c]!);
}

/** Any value as JSON for a <script type="application/ld+json">. */
export const jsonForScript = (v: unknown): string => scriptSafe(JSON.stringify(v));

/**
 * A string as a JSON string literal, safe inside a <script> element. Most values (URLs, dates,
 * plain Persian text) need no escape at all: one scan, then quotes; anything JSON.stringify
 * would change (quote, backslash, control character, surrogate) or a script must not see
 * goes the long way.
 */
const str = (s: string): string => (JSON_OR_SCRIPT_UNSAFE.test(s) ? scriptSafe(JSON.stringify(s)) : `"${s}"`);
const JSON_OR_SCRIPT_UNSAFE = /["\\\u0000-\u001f<\u2028\u2029\ud800-\udfff]/;

export function publisherLd(site: Site, lang: Lang) {
  return {
    '@type': 'NewsMediaOrganization',
    name: t(lang, 'site.name'),
    url: site.publicUrl + homePath(lang),
    logo: { '@type': 'ImageObject', url: site.publicUrl + site.assets.iconHref, width: 32, height: 32 },
  };
}

/** The publisher as JSON text, made once per edition and address. */
const publishers = new Map<string, string>();
function publisherJson(site: Site, lang: Lang): string {
  const key = `${lang}|${site.publicUrl}|${site.assets.iconHref}`;
  let json = publishers.get(key);
  if (json === undefined) publishers.set(key, (json = jsonForScript(publisherLd(site, lang))));
  return json;
}

export function breadcrumbLd(site: Site, crumbs: Crumb[]): Html {
  let json = '{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[';
  crumbs.forEach((c, i) => {
    json += `${i ? ',' : ''}{"@type":"ListItem","position":${i + 1},"name":${str(c.name)}${c.href ? `,"item":${str(site.publicUrl + c.href)}` : ''}}`;
  });
  return rawHtml(json + ']}');
}

export interface NewsArticleLd {
  /** Absolute canonical URL. */
  url: string;
  headline: string;
  alternativeHeadline?: string;
  description: string;
  inLanguage: Lang;
  datePublished: string;
  dateModified: string;
  author: Array<{ type: 'Person' | 'Organization'; name: string; url: string }>;
  image: string[];
  articleSection?: string;
  keywords?: string;
  identifier: string;
  sourceOrganization?: string;
}

/** schema.org NewsArticle as JSON text; absent optional fields are left out. */
export function newsArticleLd(site: Site, a: NewsArticleLd): Html {
  const url = str(a.url);
  let json = `{"@context":"https://schema.org","@type":"NewsArticle","mainEntityOfPage":{"@type":"WebPage","@id":${url}},"url":${url},"headline":${str(a.headline)}`;
  if (a.alternativeHeadline) json += `,"alternativeHeadline":${str(a.alternativeHeadline)}`;
  json += `,"description":${str(a.description)},"inLanguage":${str(a.inLanguage)},"datePublished":${str(a.datePublished)},"dateModified":${str(a.dateModified)},"author":[`;
  a.author.forEach((au, i) => {
    json += `${i ? ',' : ''}{"@type":${str(au.type)},"name":${str(au.name)},"url":${str(au.url)}}`;
  });
  json += `],"publisher":${publisherJson(site, a.inLanguage)},"image":[${a.image.map(str).join(',')}]`;
  if (a.articleSection) json += `,"articleSection":${str(a.articleSection)}`;
  if (a.keywords) json += `,"keywords":${str(a.keywords)}`;
  json += `,"identifier":${str(a.identifier)}`;
  if (a.sourceOrganization) json += `,"sourceOrganization":{"@type":"Organization","name":${str(a.sourceOrganization)}}`;
  return rawHtml(json + '}');
}

/** Clips a description to n characters with an ellipsis. */
export const clip = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);
