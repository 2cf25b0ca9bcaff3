import type { HomePageData } from '../../content/articles/get-home-page-data.js';
import type { Lang } from '../../content/types.js';
import { Bidi } from '../bidi.js';
import { t } from '../format.js';
import { articlePath, sectionPath } from '../urls.js';
import { TeaserList, Time } from './parts.js';

/** The breaking-news strip («فوری»), shown above the content while a breaking item is live. */
export function Ticker({ items, lang }: { items: HomePageData['breaking']; lang: Lang }) {
  if (!items.length) return null;
  return (
    <section class="tick" aria-labelledby="tick-h">
      <div class="wrap">
        <strong id="tick-h">{t(lang, 'site.home.breaking')}</strong>
        <ul>
          {items.map((a) => (
            <li><a href={articlePath(a)}><Bidi text={a.title} /></a></li>
          ))}
        </ul>
      </div>
    </section>
  );
}

export function HomeBody({ d, lang }: { d: HomePageData; lang: Lang }) {
  const top = d.topStory;
  return (
    <>
      <h1 class="vh">{t(lang, 'site.name')}</h1>
      <div class="grid">
        <div>
          {top && (
            <section class="hero" aria-labelledby="top-h">
              <h2 id="top-h" class="kick">{t(lang, 'site.home.top')}</h2>
              <article class="item">
                {top.kicker && <p class="kick"><Bidi text={top.kicker} /></p>}
                <h3 class="htop"><a href={articlePath(top)}><Bidi text={top.title} /></a></h3>
                {top.lead && <p class="lead"><Bidi text={top.lead} /></p>}
                <div class="meta"><Time d={top.publishedAt} lang={lang} /></div>
              </article>
            </section>
          )}
          <section class="box" aria-labelledby="latest-h">
            <h2 id="latest-h">{t(lang, 'site.home.latest')}</h2>
            <TeaserList items={d.latest} lang={lang} lead when="time" />
          </section>
          <div class="secs">
            {d.sections.map(({ section, items }) => (
              <section class="box" aria-labelledby={`s-${section.id}`}>
                <h2 id={`s-${section.id}`}><a href={sectionPath(lang, section.slug)}>{section.name}</a></h2>
                <TeaserList items={items} lang={lang} />
              </section>
            ))}
          </div>
        </div>
        <div>
          <section class="box" aria-labelledby="mv-day-h">
            <h2 id="mv-day-h">{t(lang, 'site.home.mostViewedToday')}</h2>
            {d.mostViewedToday.length ? <TeaserList items={d.mostViewedToday} lang={lang} ranked /> : <p class="meta">{t(lang, 'site.home.noViews')}</p>}
          </section>
          <section class="box" aria-labelledby="mv-week-h">
            <h2 id="mv-week-h">{t(lang, 'site.home.mostViewedWeek')}</h2>
            {d.mostViewedWeek.length ? <TeaserList items={d.mostViewedWeek} lang={lang} ranked /> : <p class="meta">{t(lang, 'site.home.noViews')}</p>}
          </section>
        </div>
      </div>
    </>
  );
}
