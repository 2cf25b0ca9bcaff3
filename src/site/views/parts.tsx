/** Small shared pieces of the public pages. */
import { renderToString } from 'preact-render-to-string';
import { encoded, placeEncoded, type Encoded } from './byte-parts.js';
import type { Lang } from '../../content/types.js';
import type { ArticleSummary } from '../../content/articles/list-article-summaries.js';
import { Bidi } from '../bidi.js';
import { dateTime, iso, num, t, time as timeOnly } from '../format.js';
import { articlePath } from '../urls.js';

/** A <time> showing the edition's calendar, with an ISO 8601 datetime for machines. */
export function Time({ d, lang, short }: { d: Date; lang: Lang; short?: boolean }) {
  return <time datetime={iso(d)}>{short ? timeOnly(d, lang) : dateTime(d, lang)}</time>;
}

/** One news item in a list: kicker, linked headline, optional lead and time. */
export function Teaser({ a, lang, lead, h = 3, when }: { a: ArticleSummary; lang: Lang; lead?: boolean; h?: 2 | 3; when?: 'full' | 'time' }) {
  const H = h === 2 ? 'h2' : 'h3';
  return (
    <article class="item">
      <H>
        {a.kicker && <span class="kick"><Bidi text={a.kicker} /></span>}
        <a href={articlePath(a)}><Bidi text={a.title} /></a>
      </H>
      {lead && a.lead && <p class="lead"><Bidi text={a.lead} /></p>}
      {when && <div class="meta"><Time d={a.publishedAt} lang={lang} short={when === 'time'} /></div>}
    </article>
  );
}

/**
 * Teasers are the same wherever an article is listed (home blocks, sections, tags, related
 * news…), so each one is rendered once and kept as a string, keyed by everything it shows
 * (a pure function of its key: an edit makes a new entry, a stale teaser is never served).
 * Bounded; cleared when full.
 */
const teasers = new Map<string, Encoded>();
/** About 3 KB each (the HTML and its bytes): at most ~30 MB. */
const TEASERS_MAX = 10_000;

/** Teasers by summary object: summaries held by the object cache are the same objects on every request. */
const teasersOf = new WeakMap<ArticleSummary, Map<string, Encoded>>();

export function teaserPart(a: ArticleSummary, lang: Lang, o: { lead?: boolean; h?: 2 | 3; when?: 'full' | 'time' }): Encoded {
  const variant = `${lang}|${o.h ?? 3}${o.when ?? ''}${o.lead ? '+' : ''}`;
  let mine = teasersOf.get(a);
  let part = mine?.get(variant);
  if (part !== undefined) return part;
  const key = `${variant}|${a.lang}|${a.code}|${a.slug}|${o.when ? a.publishedAt.getTime() : ''}|${a.kicker}|${a.title}|${o.lead ? a.lead : ''}`;
  part = teasers.get(key);
  if (part === undefined) {
    if (teasers.size >= TEASERS_MAX) teasers.clear();
    part = encoded(renderToString(<Teaser a={a} lang={lang} lead={o.lead} when={o.when} h={o.h} />));
    teasers.set(key, part);
  }
  if (!mine) teasersOf.set(a, (mine = new Map()));
  mine.set(variant, part);
  return part;
}

export function TeaserList({ items, lang, lead, when, ranked, h }: { items: ArticleSummary[]; lang: Lang; lead?: boolean; when?: 'full' | 'time'; ranked?: boolean; h?: 2 | 3 }) {
  let html = '';
  for (const a of items) html += `<li>${placeEncoded(teaserPart(a, lang, { lead, when, h }))}</li>`;
  return <ul class={ranked ? 'list rank' : 'list'} dangerouslySetInnerHTML={{ __html: html }} />;
}

export interface Crumb {
  name: string;
  href?: string;
}

export function Breadcrumbs({ items, lang }: { items: Crumb[]; lang: Lang }) {
  return (
    <nav class="crumbs" aria-label={t(lang, 'site.breadcrumbs')}>
      <ol>
        {items.map((c, i) => (
          <li>{c.href && i < items.length - 1 ? <a href={c.href}><Bidi text={c.name} /></a> : <span aria-current="page"><Bidi text={c.name} /></span>}</li>
        ))}
      </ol>
    </nav>
  );
}

export function Pager({ lang, page, newer, older, first }: { lang: Lang; page: number; newer?: string; older?: string; first?: string }) {
  if (!newer && !older) return null;
  return (
    <nav class="pager" aria-label={t(lang, 'site.pager.label')}>
      {first && page > 2 && <a href={first}>{t(lang, 'site.pager.first')}</a>}
      {newer && <a href={newer} rel="prev">{t(lang, 'site.pager.newer')}</a>}
      <span>{t(lang, 'site.pager.current', { n: num(page, lang) })}</span>
      {older && <a href={older} rel="next">{t(lang, 'site.pager.older')}</a>}
    </nav>
  );
}
