import type { ArticleSummary } from '../../content/articles/list-article-summaries.js';
import type { Lang } from '../../content/types.js';
import { Bidi } from '../bidi.js';
import { t } from '../format.js';
import { Breadcrumbs, Pager, TeaserList, type Crumb } from './parts.js';

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
export function ListBody({ v, lang }: { v: ListView; lang: Lang }) {
  return (
    <>
      <Breadcrumbs items={v.crumbs} lang={lang} />
      <h1 class="ptitle"><Bidi text={v.title} /></h1>
      {v.intro && <p class="lead"><Bidi text={v.intro} /></p>}
      {v.items.length ? <TeaserList items={v.items} lang={lang} lead when="full" h={2} /> : <p>{t(lang, 'site.list.empty')}</p>}
      <Pager lang={lang} page={v.page} newer={v.newer} older={v.older} first={v.first} />
    </>
  );
}
