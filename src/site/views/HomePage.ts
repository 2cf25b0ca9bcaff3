import type { HomePageData } from '../../content/articles/get-home-page-data.js';
import type { Lang } from '../../content/types.js';
import { t } from '../format.js';
import { articlePath, sectionPath } from '../urls.js';
import { html, type Html } from './html.js';
import { bidiHtml, teaserListHtml, timeHtml } from './parts.js';

/** The breaking-news strip («فوری»), shown above the content while a breaking item is live. */
export function tickerHtml(items: HomePageData['breaking'], lang: Lang): Html | '' {
  if (!items.length) return '';
  return html`<section class="tick" aria-labelledby="tick-h"><div class="wrap"><strong id="tick-h">${t(lang, 'site.home.breaking')}</strong><ul>${items.map(
    (a) => html`<li><a href="${articlePath(a)}">${bidiHtml(a.title)}</a></li>`,
  )}</ul></div></section>`;
}

function mostViewedHtml(id: string, title: string, items: HomePageData['mostViewedToday'], lang: Lang): Html {
  return html`<section class="box" aria-labelledby="${id}"><h2 id="${id}">${title}</h2>${items.length ? teaserListHtml(items, lang, { ranked: true }) : html`<p class="meta">${t(lang, 'site.home.noViews')}</p>`}</section>`;
}

/** The home page: top story, latest news, one block per main section, most viewed. */
export function homeBodyHtml(d: HomePageData, lang: Lang): Html {
  const top = d.topStory;
  const hero = top
    ? html`<section class="hero" aria-labelledby="top-h"><h2 id="top-h" class="kick">${t(lang, 'site.home.top')}</h2><article class="item">${
        top.kicker ? html`<p class="kick">${bidiHtml(top.kicker)}</p>` : ''
      }<h3 class="htop"><a href="${articlePath(top)}">${bidiHtml(top.title)}</a></h3>${top.lead ? html`<p class="lead">${bidiHtml(top.lead)}</p>` : ''}<div class="meta">${timeHtml(top.publishedAt, lang)}</div></article></section>`
    : '';
  return html`<h1 class="vh">${t(lang, 'site.name')}</h1><div class="grid"><div>${hero}<section class="box" aria-labelledby="latest-h"><h2 id="latest-h">${t(lang, 'site.home.latest')}</h2>${teaserListHtml(d.latest, lang, {
    lead: true,
    when: 'time',
  })}</section><div class="secs">${d.sections.map(
    ({ section, items }) => html`<section class="box" aria-labelledby="s-${section.id}"><h2 id="s-${section.id}"><a href="${sectionPath(lang, section.slug)}">${section.name}</a></h2>${teaserListHtml(items, lang)}</section>`,
  )}</div></div><div>${mostViewedHtml('mv-day-h', t(lang, 'site.home.mostViewedToday'), d.mostViewedToday, lang)}${mostViewedHtml('mv-week-h', t(lang, 'site.home.mostViewedWeek'), d.mostViewedWeek, lang)}</div></div>`;
}
