import type { ArticleSummary } from '../../content/articles/list-article-summaries.js';
import type { Lang } from '../../content/types.js';
import { t } from '../format.js';
import { html, type Html } from './html.js';
import { bidiHtml, breadcrumbsHtml, pagerHtml, teaserListHtml, type Crumb } from './parts.js';

export interface ListView {
  title: string;
  intro?: string;
  items: ArticleSummary[];
  page: number;
  crumbs: Crumb[];
  newer?: string;
  older?: string;
  first?: string;
}

/** Section, tag, author and archive pages: a titled, paginated list of news. */
export function listBodyHtml(v: ListView, lang: Lang): Html {
  return html`${breadcrumbsHtml(v.crumbs, lang)}<h1 class="ptitle">${bidiHtml(v.title)}</h1>${v.intro ? html`<p class="lead">${bidiHtml(v.intro)}</p>` : ''}${
    v.items.length ? teaserListHtml(v.items, lang, { lead: true, when: 'full', h: 2 }) : html`<p>${t(lang, 'site.list.empty')}</p>`
  }${pagerHtml(lang, v)}`;
}
