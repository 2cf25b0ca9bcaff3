import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { encoded, placeEncoded, placeHtml, type Encoded } from './byte-parts.js';
import type { Article, Lang, Media, Section } from '../../content/types.js';
import type { ArticleSummary } from '../../content/articles/list-article-summaries.js';
import { Bidi, escapeHtml } from '../bidi.js';
import { digits, num, t } from '../format.js';
import { authorPath, mediaPath, sectionPath, tagPath } from '../urls.js';
import { Breadcrumbs, TeaserList, Time, type Crumb } from './parts.js';

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

const SHARE_TARGETS = [
  { key: 'site.share.telegram', href: (u: string, tx: string) => `https://t.me/share/url?url=${u}&text=${tx}` },
  { key: 'site.share.whatsapp', href: (u: string, tx: string) => `https://wa.me/?text=${tx}%20${u}` },
  { key: 'site.share.x', href: (u: string, tx: string) => `https://x.com/intent/post?url=${u}&text=${tx}` },
  { key: 'site.share.eitaa', href: (u: string, tx: string) => `https://eitaa.com/share/url?url=${u}&text=${tx}` },
  { key: 'site.share.bale', href: (u: string, tx: string) => `https://ble.ir/share/url?url=${u}&text=${tx}` },
  { key: 'site.share.email', href: (u: string, tx: string) => `mailto:?subject=${tx}&body=${u}` },
] as const;

/**
 * The share links as HTML. Built as a string because each href carries the whole title
 * percent-encoded (six times), which is the costliest text to escape character by character:
 * encodeURIComponent leaves only [A-Za-z0-9-_.!~*'()%], so escaping the `&` separators is
 * all an href needs; the labels are escaped like any text.
 */
function shareItems(url: string, title: string, lang: Lang): string {
  const u = encodeURIComponent(url);
  const tx = encodeURIComponent(title);
  let html = '';
  for (const s of SHARE_TARGETS) {
    // The link is pure ASCII: placed apart from the Persian label, it is encoded as a copy.
    html += placeHtml(`<li><a href="${s.href(u, tx).replaceAll('&', '&amp;')}" rel="nofollow noopener" target="_blank">`);
    html += perEditionHtml(`share|${s.key}|${lang}`, () => escapeHtml(t(lang, s.key))) + '</a></li>';
  }
  return html;
}

/** Parts that are the same on every article page of an edition, rendered once as HTML. */
const editionParts = new Map<string, Encoded>();
function perEditionHtml(key: string, html: () => string): string {
  let part = editionParts.get(key);
  if (part === undefined) editionParts.set(key, (part = encoded(html())));
  return placeEncoded(part);
}
const perEdition = (key: string, tree: () => VNode): string => perEditionHtml(key, () => renderToString(tree()));

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

export function ArticleBody({ v, lang }: { v: ArticleView; lang: Lang }) {
  const a = v.article;
  const img = v.image ? imageSources(v.image) : null;
  const caption = a.featuredImageCaption || v.image?.caption || '';
  return (
    <>
      <Breadcrumbs items={v.crumbs} lang={lang} />
      <article class="art">
        <header>
          {a.kicker && <p class="kick"><Bidi text={a.kicker} /></p>}
          <h1><Bidi text={a.title} /></h1>
          <div class="info">
            {v.section && (
              <a href={sectionPath(lang, v.section.slug)}>{v.section.name}</a>
            )}
            {a.publishedAt && <Time d={a.publishedAt} lang={lang} />}
            <span>{t(lang, 'site.article.code')}: <bdi>{digits(a.code, lang)}</bdi></span>
            <span>{t(lang, 'site.article.views')}: <bdi data-views={String(a.code)} data-locale={LOCALE[lang]}>{num(a.viewCount, lang)}</bdi></span>
            <div class="fs noprint" role="group" aria-labelledby="fs-label" dangerouslySetInnerHTML={{ __html: perEdition(`fs|${lang}`, () => <FontSizeButtons lang={lang} />) }} />
          </div>
        </header>
        {img && v.image && (
          <figure>
            <picture>
              {img.sources.map((s) => <source type={s.type} srcset={s.srcset} sizes={IMAGE_SIZES} />)}
              <img src={img.src} srcset={img.srcset || undefined} sizes={img.srcset ? IMAGE_SIZES : undefined} width={img.width} height={img.height} alt={v.image.alt || caption || a.title} fetchpriority="high" decoding="async" />
            </picture>
            {caption && <figcaption><Bidi text={caption} />{v.image.credit && <> ({v.image.credit})</>}</figcaption>}
          </figure>
        )}
        {(a.lead || a.dateline) && (
          <p class="alead">
            {a.dateline && <><span class="dl"><Bidi text={a.dateline} /></span>{'- '}</>}
            <Bidi text={a.lead} />
          </p>
        )}
        <div class="body" dangerouslySetInnerHTML={{ __html: a.body }} />
        {a.sourceName && (
          <p class="src">
            {t(lang, 'site.article.source')}:{' '}
            {/^https?:\/\//.test(a.sourceUrl) ? <a href={a.sourceUrl} rel="nofollow noopener"><Bidi text={a.sourceName} /></a> : <Bidi text={a.sourceName} />}
          </p>
        )}
        {a.authors.length > 0 && (
          <p class="src">
            {t(lang, 'site.article.authors')}:{' '}
            {a.authors.map((au, i) => (
              <>
                {i > 0 && '، '}
                <a href={authorPath(lang, au.slug)}><Bidi text={au.name} /></a>
              </>
            ))}
          </p>
        )}
        {a.tags.length > 0 && (
          <section aria-labelledby="tags-h">
            <h2 id="tags-h" class="vh">{t(lang, 'site.article.tags')}</h2>
            <ul class="tags">
              {a.tags.map((tag) => (
                <li><a href={tagPath(lang, tag.slug)} rel="tag"><Bidi text={tag.name} /></a></li>
              ))}
            </ul>
          </section>
        )}
        <div class="tools">
          <div class="short">
            <label for="short-link">{t(lang, 'site.article.shortLink')}</label>
            <input id="short-link" type="text" readonly value={v.shortUrl} dir="ltr" />
            <button class="btn" type="button" data-copy="short-link" data-hint="copy-hint" data-done={t(lang, 'site.article.copied')} data-js hidden>
              {t(lang, 'site.article.copy')}
            </button>
            <span id="copy-hint" class="hint" role="status" aria-live="polite"></span>
          </div>
          <nav class="share" aria-label={t(lang, 'site.article.share')}>
            <ul dangerouslySetInnerHTML={{ __html: shareItems(v.shortUrl, a.title, lang) + perEdition(`print|${lang}`, () => <li><button class="btn" type="button" data-print data-js hidden>{t(lang, 'site.article.print')}</button></li>) }} />
          </nav>
        </div>
      </article>
      {v.related.length > 0 && (
        <aside class="rel box" aria-labelledby="rel-h">
          <h2 id="rel-h">{t(lang, 'site.article.related')}</h2>
          <TeaserList items={v.related} lang={lang} when="full" />
        </aside>
      )}
    </>
  );
}
