import type { Lang } from '../../content/types.js';
import type { SearchHit } from '../../search/types.js';
import { Bidi } from '../bidi.js';
import { num, t } from '../format.js';
import { articlePath } from '../urls.js';
import { Pager, Time } from './parts.js';

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
}

export function SearchBody({ v, lang }: { v: SearchView; lang: Lang }) {
  return (
    <>
      <h1 class="ptitle">{v.q ? <Quoted text={t(lang, 'site.search.resultsFor', { q: '\u0000' })} q={v.q} /> : t(lang, 'site.search.title')}</h1>
      {v.unavailable ? (
        <p>{t(lang, 'site.search.unavailable')}</p>
      ) : !v.q ? (
        <p>{t(lang, 'site.search.prompt')}</p>
      ) : (
        <>
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
                    {h.publishedAt && <div class="meta"><Time d={h.publishedAt} lang={lang} /></div>}
                  </article>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t(lang, 'site.search.none')}</p>
          )}
          <Pager lang={lang} page={v.page} newer={v.newer} older={v.older} />
        </>
      )}
    </>
  );
}

/** A message with the reader's query isolated in the middle (it may be in any script). */
function Quoted({ text, q }: { text: string; q: string }) {
  const [before, after] = text.split('\u0000');
  return <>{before}<bdi>{q}</bdi>{after}</>;
}
