/**
 * Small shared pieces of the public pages, written with the escaping `html` template (escape by
 * default, like JSX): lists of teasers, breadcrumbs, the pager and times are rendered for every
 * page request, where a component tree costs several times its markup (docs/decisions.md).
 */
import { encoded, placeEncoded, type Encoded } from './byte-parts.js';
import type { Lang } from '../../content/types.js';
import type { ArticleSummary } from '../../content/articles/list-article-summaries.js';
import { isolateHtml } from '../bidi.js';
import { dateTime, iso, num, t, time as timeOnly } from '../format.js';
import { articlePath } from '../urls.js';
import { html, rawHtml, type Html } from './html.js';

/** Text with its Latin/digit runs isolated in <bdi>, escaped. */
export const bidiHtml = (text: string): Html => rawHtml(isolateHtml(text));

/** A <time> showing the edition's calendar, with an ISO 8601 datetime for machines. */
export function timeHtml(d: Date, lang: Lang, short?: boolean): Html {
  return html`<time datetime="${iso(d)}">${short ? timeOnly(d, lang) : dateTime(d, lang)}</time>`;
}

interface TeaserOptions {
  lead?: boolean;
  h?: 2 | 3;
  when?: 'full' | 'time';
}

/** One news item in a list: kicker, linked headline, optional lead and time. */
export function teaserHtml(a: ArticleSummary, lang: Lang, { lead, h = 3, when }: TeaserOptions): Html {
  const H = h === 2 ? 'h2' : 'h3';
  return html`<article class="item"><${rawHtml(H)}>${a.kicker ? html`<span class="kick">${bidiHtml(a.kicker)}</span>` : ''}<a href="${articlePath(a)}">${bidiHtml(a.title)}</a></${rawHtml(H)}>${
    lead && a.lead ? html`<p class="lead">${bidiHtml(a.lead)}</p>` : ''
  }${when ? html`<div class="meta">${timeHtml(a.publishedAt, lang, when === 'time')}</div>` : ''}</article>`;
}

/**
 * Teasers are the same wherever an article is listed (home blocks, sections, tags, related
 * news…), so each one is rendered once and kept encoded, keyed by everything it shows
 * (a pure function of its key: an edit makes a new entry, a stale teaser is never served).
 * Bounded; cleared when full.
 */
const teasers = new Map<string, Encoded>();
/** About 3 KB each (the HTML and its bytes): at most ~30 MB. */
const TEASERS_MAX = 10_000;

/** Teasers by summary object: summaries held by the object cache are the same objects on every request. */
const teasersOf = new WeakMap<ArticleSummary, Map<string, Encoded>>();

export function teaserPart(a: ArticleSummary, lang: Lang, o: TeaserOptions): Encoded {
  const variant = `${lang}|${o.h ?? 3}${o.when ?? ''}${o.lead ? '+' : ''}`;
  let mine = teasersOf.get(a);
  let part = mine?.get(variant);
  if (part !== undefined) return part;
  const key = `${variant}|${a.lang}|${a.code}|${a.slug}|${o.when ? a.publishedAt.getTime() : ''}|${a.kicker}|${a.title}|${o.lead ? a.lead : ''}`;
  part = teasers.get(key);
  if (part === undefined) {
    if (teasers.size >= TEASERS_MAX) teasers.clear();
    part = encoded(teaserHtml(a, lang, o).value);
    teasers.set(key, part);
  }
  if (!mine) teasersOf.set(a, (mine = new Map()));
  mine.set(variant, part);
  return part;
}

/** A list of teasers, each placed as its kept encoded part. */
export function teaserListHtml(items: ArticleSummary[], lang: Lang, o: TeaserOptions & { ranked?: boolean } = {}): Html {
  let out = o.ranked ? '<ul class="list rank">' : '<ul class="list">';
  for (const a of items) out += `<li>${placeEncoded(teaserPart(a, lang, o))}</li>`;
  return rawHtml(out + '</ul>');
}

export interface Crumb {
  name: string;
  href?: string;
}

export function breadcrumbsHtml(items: Crumb[], lang: Lang): Html {
  return html`<nav class="crumbs" aria-label="${t(lang, 'site.breadcrumbs')}"><ol>${items.map((c, i) =>
    c.href && i < items.length - 1 ? html`<li><a href="${c.href}">${bidiHtml(c.name)}</a></li>` : html`<li><span aria-current="page">${bidiHtml(c.name)}</span></li>`,
  )}</ol></nav>`;
}

export function pagerHtml(lang: Lang, { page, newer, older, first }: { page: number; newer?: string; older?: string; first?: string }): Html | '' {
  if (!newer && !older) return '';
  return html`<nav class="pager" aria-label="${t(lang, 'site.pager.label')}">${first && page > 2 ? html`<a href="${first}">${t(lang, 'site.pager.first')}</a>` : ''}${
    newer ? html`<a href="${newer}" rel="prev">${t(lang, 'site.pager.newer')}</a>` : ''
  }<span>${t(lang, 'site.pager.current', { n: num(page, lang) })}</span>${older ? html`<a href="${older}" rel="next">${t(lang, 'site.pager.older')}</a>` : ''}</nav>`;
}
