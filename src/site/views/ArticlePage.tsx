import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { encoded, placeEncoded, type Encoded } from './byte-parts.js';
import type { Article, Lang, Media, Section } from '../../content/types.js';
import type { ArticleSummary } from '../../content/articles/list-article-summaries.js';
import { escapeHtml } from '../bidi.js';
import { digits, num, t } from '../format.js';
import { authorPath, mediaPath, sectionPath, tagPath } from '../urls.js';
import { html, rawHtml, type Html } from './html.js';
import { bidiHtml, breadcrumbsHtml, teaserListHtml, timeHtml, type Crumb } from './parts.js';

export interface ArticleView {
  article: Article;
  section: Section | null;
  image: Media | null;
  related: ArticleSummary[];
  crumbs: Crumb[];
  /** Absolute short link (/n/{code}). */
  shortUrl: string;
  /** Absolute canonical URL. */
  url: string;
}

const FORMAT_TYPE: Record<string, string> = { webp: 'image/webp', avif: 'image/avif', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif' };
export const IMAGE_SIZES = '(min-width: 48rem) 46rem, 100vw';

/** srcset data for an image: per format, widest last; the fallback is JPEG/PNG when present. */
export function imageSources(m: Media): { sources: Array<{ type: string; srcset: string }>; src: string; srcset: string; width: number; height: number } {
  const byFormat = new Map<string, typeof m.variants>();
  for (const v of m.variants) byFormat.set(v.format, [...(byFormat.get(v.format) ?? []), v]);
  const fallbackFormat = ['jpeg', 'png', 'gif', 'webp', 'avif'].find((f) => byFormat.has(f));
  const set = (vs: typeof m.variants) => [...vs].sort((a, b) => a.width - b.width).map((v) => `${mediaPath(v.key)} ${v.width}w`).join(', ');
  if (!fallbackFormat) return { sources: [], src: mediaPath(m.storageKey), srcset: '', width: m.width, height: m.height };
  const fallback = [...byFormat.get(fallbackFormat)!].sort((a, b) => a.width - b.width);
  const mid = fallback.find((v) => v.width >= 800) ?? fallback[fallback.length - 1]!;
  const sources = ['avif', 'webp'].filter((f) => f !== fallbackFormat && byFormat.has(f)).map((f) => ({ type: FORMAT_TYPE[f]!, srcset: set(byFormat.get(f)!) }));
  return { sources, src: mediaPath(mid.key), srcset: set(fallback), width: mid.width, height: mid.height };
}

/**
 * Share targets. Messengers and X get the short link alone: they unfurl it into a preview
 * with the headline and image from the page's OpenGraph tags, and a link without the title
 * percent-encoded into it keeps the page some 2 KB lighter. E-mail has no preview, so its
 * subject carries the headline.
 */
const SHARE_TARGETS = [
  { key: 'site.share.telegram', href: (u: string) => `https://t.me/share/url?url=${u}` },
  { key: 'site.share.whatsapp', href: (u: string) => `https://wa.me/?text=${u}` },
  { key: 'site.share.x', href: (u: string) => `https://x.com/intent/post?url=${u}` },
  { key: 'site.share.eitaa', href: (u: string) => `https://eitaa.com/share/url?url=${u}` },
  { key: 'site.share.bale', href: (u: string) => `https://ble.ir/share/url?url=${u}` },
  { key: 'site.share.email', href: (u: string, title: string) => `mailto:?subject=${encodeURIComponent(title)}&body=${u}` },
] as const;

/**
 * The share links as HTML, one run of text: encodeURIComponent leaves only
 * [A-Za-z0-9-_.!~*'()%], so escaping the `&` separators is all an href needs; the labels are
 * escaped like any text (made once per edition).
 */
function shareItems(url: string, title: string, lang: Lang): string {
  const u = encodeURIComponent(url);
  const labels = shareLabels(lang);
  let html = '';
  for (let i = 0; i < SHARE_TARGETS.length; i++) {
    html += `<li><a href="${SHARE_TARGETS[i]!.href(u, title).replaceAll('&', '&amp;')}" rel="nofollow noopener" target="_blank">${labels[i]!}</a></li>`;
  }
  return html;
}

const shareLabelsOf = new Map<Lang, string[]>();
function shareLabels(lang: Lang): string[] {
  let labels = shareLabelsOf.get(lang);
  if (labels === undefined) shareLabelsOf.set(lang, (labels = SHARE_TARGETS.map((s) => escapeHtml(t(lang, s.key)))));
  return labels;
}

/** Parts that are the same on every article page of an edition, rendered once as HTML. */
const editionParts = new Map<string, Encoded>();
function perEditionHtml(key: string, html: () => string): string {
  let part = editionParts.get(key);
  if (part === undefined) editionParts.set(key, (part = encoded(html())));
  return placeEncoded(part);
}
const perEdition = (key: string, tree: () => VNode): string => perEditionHtml(key, () => renderToString(tree()));

/**
 * The article's stored body (HTML sanitized when it was saved, shown as is) as an encoded part,
 * made once per loaded article: articles held by the object cache are the same objects on every
 * request, so the page does not transcode and hash the longest text it shows again each time.
 */
const storedBodies = new WeakMap<Article, Encoded>();
function storedBodyPart(a: Article): Encoded {
  let part = storedBodies.get(a);
  if (part === undefined) storedBodies.set(a, (part = encoded(a.body)));
  return part;
}

/** «بزرگنمایی»: enlarge, reduce, reset (site.js wires the buttons; the size is kept per device). */
function FontSizeButtons({ lang }: { lang: Lang }) {
  return (
    <>
      <span id="fs-label">{t(lang, 'site.article.fontSize')}</span>
      <button class="btn" type="button" data-fs="up" aria-label={t(lang, 'site.article.fontUp')} title={t(lang, 'site.article.fontUp')}>+</button>
      <button class="btn" type="button" data-fs="down" aria-label={t(lang, 'site.article.fontDown')} title={t(lang, 'site.article.fontDown')}>−</button>
      <button class="btn" type="button" data-fs="reset" aria-label={t(lang, 'site.article.fontReset')} title={t(lang, 'site.article.fontReset')}>↺</button>
    </>
  );
}

const LOCALE: Record<Lang, string> = { fa: 'fa-IR', ar: 'ar-u-nu-arab', en: 'en-US' };

/**
 * The article itself. Written with the escaping `html` template (escape by default, like
 * JSX) rather than as a component tree: it is the one part of the article page rendered
 * for every request, and a tree of some eighty elements with many attributes costs several
 * times its markup (measured in docs/decisions.md). Markup shared with other pages (the
 * edition's controls, labels and the related teasers) is placed as encoded parts.
 */
export function articleBodyHtml(v: ArticleView, lang: Lang): Html {
  const a = v.article;
  const img = v.image ? imageSources(v.image) : null;
  const caption = a.featuredImageCaption || v.image?.caption || '';
  const sizes = IMAGE_SIZES;
  const figure =
    img && v.image
      ? html`<figure><picture>${img.sources.map((x) => html`<source type="${x.type}" srcset="${x.srcset}" sizes="${sizes}"/>`)}<img src="${img.src}"${img.srcset ? html` srcset="${img.srcset}" sizes="${sizes}"` : ''} width="${img.width}" height="${img.height}" alt="${v.image.alt || caption || a.title}" fetchpriority="high" decoding="async"/></picture>${
          caption ? html`<figcaption>${bidiHtml(caption)}${v.image.credit ? html` (${v.image.credit})` : ''}</figcaption>` : ''
        }</figure>`
      : '';
  const source = a.sourceName
    ? html`<p class="src">${t(lang, 'site.article.source')}: ${/^https?:\/\//.test(a.sourceUrl) ? html`<a href="${a.sourceUrl}" rel="nofollow noopener">${bidiHtml(a.sourceName)}</a>` : bidiHtml(a.sourceName)}</p>`
    : '';
  const authors = a.authors.length
    ? html`<p class="src">${t(lang, 'site.article.authors')}: ${a.authors.map((au, i) => html`${i > 0 ? '، ' : ''}<a href="${authorPath(lang, au.slug)}">${bidiHtml(au.name)}</a>`)}</p>`
    : '';
  const tags = a.tags.length
    ? html`<section aria-labelledby="tags-h"><h2 id="tags-h" class="vh">${t(lang, 'site.article.tags')}</h2><ul class="tags">${a.tags.map((tag) => html`<li><a href="${tagPath(lang, tag.slug)}" rel="tag">${bidiHtml(tag.name)}</a></li>`)}</ul></section>`
    : '';
  const related = v.related.length
    ? html`<aside class="rel box" aria-labelledby="rel-h"><h2 id="rel-h">${t(lang, 'site.article.related')}</h2>${teaserListHtml(v.related, lang, { when: 'full' })}</aside>`
    : '';
  return html`${breadcrumbsHtml(v.crumbs, lang)}<article class="art"><header>${a.kicker ? html`<p class="kick">${bidiHtml(a.kicker)}</p>` : ''}<h1>${bidiHtml(a.title)}</h1><div class="info">${
    v.section ? html`<a href="${sectionPath(lang, v.section.slug)}">${v.section.name}</a>` : ''
  }${a.publishedAt ? timeHtml(a.publishedAt, lang) : ''}<span>${t(lang, 'site.article.code')}: <bdi>${digits(a.code, lang)}</bdi></span><span>${t(lang, 'site.article.views')}: <bdi data-views="${a.code}" data-locale="${LOCALE[lang]}">${num(a.viewCount, lang)}</bdi></span><div class="fs noprint" role="group" aria-labelledby="fs-label">${rawHtml(
    perEdition(`fs|${lang}`, () => <FontSizeButtons lang={lang} />),
  )}</div></div></header>${figure}${
    a.lead || a.dateline ? html`<p class="alead">${a.dateline ? html`<span class="dl">${bidiHtml(a.dateline)}</span>- ` : ''}${bidiHtml(a.lead)}</p>` : ''
  }<div class="body">${rawHtml(placeEncoded(storedBodyPart(a)))}</div>${source}${authors}${tags}<div class="tools"><div class="short"><label for="short-link">${t(lang, 'site.article.shortLink')}</label><input id="short-link" type="text" readonly value="${v.shortUrl}" dir="ltr"/><button class="btn" type="button" data-copy="short-link" data-hint="copy-hint" data-done="${t(lang, 'site.article.copied')}" data-js="true" hidden>${t(
    lang,
    'site.article.copy',
  )}</button><span id="copy-hint" class="hint" role="status" aria-live="polite"></span></div><nav class="share" aria-label="${t(lang, 'site.article.share')}"><ul>${rawHtml(
    shareItems(v.shortUrl, a.title, lang) + perEdition(`print|${lang}`, () => <li><button class="btn" type="button" data-print data-js hidden>{t(lang, 'site.article.print')}</button></li>),
  )}</ul></nav></div></article>${related}`;
}
