import type { Lang } from '../../content/types.js';
import type { SearchHit } from '../../search/types.js';
import { Bidi } from '../bidi.js';
import { num, t } from '../format.js';
import { articlePath } from '../urls.js';
import { renderToString } from 'preact-render-to-string';
import { html, rawHtml, type Html } from './html.js';
import { pagerHtml, timeHtml } from './parts.js';

export interface SearchView {
  q: string;
  sort: 'relevance' | 'date';
  total: number;
  hits: Array<SearchHit & { slug: string }>;
  page: number;
  newer?: string;
  older?: string;
  /** Search is not wired in (no index). */
  unavailable?: boolean;
  sortHref: { relevance: string; date: string };
  /** The filters as the reader set them (valid ones only). */
  filters: { section: string; from: string; to: string };
  /** A date filter could not be read. */
  badDate: boolean;
  sections: Array<{ slug: string; name: string; child: boolean }>;
}

/** Section and Jalali date-range filters, a plain GET form that works without script. */
function Filters({ v, lang }: { v: SearchView; lang: Lang }) {
  return (
    <form class="filters" method="get" action={`/${lang}/search`} aria-labelledby="filters-h">
      <h2 id="filters-h" class="vh">{t(lang, 'site.search.filters')}</h2>
      <input type="hidden" name="q" value={v.q} />
      {v.sort === 'date' && <input type="hidden" name="sort" value="date" />}
      <label>
        {t(lang, 'site.search.section')}{' '}
        <select name="section">
          <option value="">{t(lang, 'site.search.anySection')}</option>
          {v.sections.map((s) => (
            <option value={s.slug} selected={s.slug === v.filters.section}>
              {s.child ? `– ${s.name}` : s.name}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        {t(lang, 'site.search.from')}{' '}
        <input name="from" type="text" inputMode="numeric" dir="ltr" size={10} value={v.filters.from} placeholder={t(lang, 'site.search.dateHint')} aria-describedby="date-hint" />
      </label>{' '}
      <label>
        {t(lang, 'site.search.to')}{' '}
        <input name="to" type="text" inputMode="numeric" dir="ltr" size={10} value={v.filters.to} placeholder={t(lang, 'site.search.dateHint')} aria-describedby="date-hint" />
      </label>{' '}
      <button class="btn" type="submit">{t(lang, 'site.search.apply')}</button>
      <p id="date-hint" class="hint">{t(lang, 'site.search.dateHint')}</p>
      {v.badDate && <p class="hint" role="alert">{t(lang, 'site.search.badDate')}</p>}
    </form>
  );
}

function SearchBody({ v, lang }: { v: SearchView; lang: Lang }) {
  return (
    <>
      <h1 class="ptitle">{v.q ? <Quoted text={t(lang, 'site.search.resultsFor', { q: '\u0000' })} q={v.q} /> : t(lang, 'site.search.title')}</h1>
      {v.unavailable ? (
        <p>{t(lang, 'site.search.unavailable')}</p>
      ) : !v.q ? (
        <p>{t(lang, 'site.search.prompt')}</p>
      ) : (
        <>
          <Filters v={v} lang={lang} />
          <p class="meta">
            {t(lang, 'site.search.count', { n: num(v.total, lang) })}
            {' · '}
            {v.sort === 'relevance' ? <strong>{t(lang, 'site.search.sortRelevance')}</strong> : <a href={v.sortHref.relevance}>{t(lang, 'site.search.sortRelevance')}</a>}
            {' · '}
            {v.sort === 'date' ? <strong>{t(lang, 'site.search.sortDate')}</strong> : <a href={v.sortHref.date}>{t(lang, 'site.search.sortDate')}</a>}
          </p>
          {v.hits.length ? (
            <ul class="list">
              {v.hits.map((h) => (
                <li>
                  <article class="item">
                    <h2><a href={articlePath({ lang: h.lang, code: h.code, slug: h.slug })}><Bidi text={h.title} /></a></h2>
                    {/* The snippet is escaped HTML with <mark> from the search module. */}
                    <p class="lead" dangerouslySetInnerHTML={{ __html: h.snippet }} />
                    {h.publishedAt && <div class="meta" dangerouslySetInnerHTML={{ __html: timeHtml(h.publishedAt, lang).value }} />}
                  </article>
                </li>
              ))}
            </ul>
          ) : (
            <div class="empty">
              <p>{t(lang, 'site.search.none')}</p>
              <p>{t(lang, 'site.search.tipsTitle')}</p>
              <ul>
                <li>{t(lang, 'site.search.tipSpelling')}</li>
                <li>{t(lang, 'site.search.tipFewer')}</li>
                {(v.filters.section || v.filters.from || v.filters.to) && <li><a href={`/${lang}/search?q=${encodeURIComponent(v.q)}`}>{t(lang, 'site.search.tipFilters')}</a></li>}
              </ul>
              <p><a href={`/${lang}/`}>{t(lang, 'site.search.latest')}</a></p>
            </div>
          )}
        </>
      )}
    </>
  );
}

/** The search page's body: the form's results and, under them, the pager. */
export function searchBodyHtml(v: SearchView, lang: Lang): Html {
  return html`${rawHtml(renderToString(<SearchBody v={v} lang={lang} />))}${v.q && !v.unavailable ? pagerHtml(lang, v) : ''}`;
}

/** A message with the reader's query isolated in the middle (it may be in any script). */
function Quoted({ text, q }: { text: string; q: string }) {
  const [before, after] = text.split('\u0000');
  return <>{before}<bdi>{q}</bdi>{after}</>;
}
