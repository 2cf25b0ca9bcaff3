/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 of an edition (and RSS per section), generated with
 * the maintained `feed` library. Dates are ISO 8601 / RFC 822 with Latin digits, whatever
 * the edition shows; Latin runs inside Persian titles are isolated (FSI…PDI in plain-text
 * titles, <bdi> in HTML content) so their punctuation never flips.
 */
import { Feed } from 'feed';
import { listPublishedArticles } from '../../content/articles/list-published-articles.js';
import type { Article, Lang, Section } from '../../content/types.js';
import { isolateHtml } from '../bidi.js';
import { t } from '../format.js';
import type { Site } from '../site.js';
import { articlePath, atomPath, homePath, jsonFeedPath, rssPath, sectionPath, sectionRssPath, tagPath } from '../urls.js';

export const FEED_SIZE = 30;

const RUN = /[A-Za-z0-9](?:[A-Za-z0-9 .,:;/_@%+&=?#~\-]*[A-Za-z0-9%/])?/g;
const HAS_RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/** Plain-text isolation for feed titles: Latin runs between U+2068 FSI and U+2069 PDI. */
export function isolatePlain(text: string): string {
  return HAS_RTL.test(text) ? text.replace(RUN, (m) => `\u2068${m}\u2069`) : text;
}

export interface FeedScope {
  lang: Lang;
  section?: Section;
}

export async function buildFeed(site: Site, scope: FeedScope): Promise<Feed> {
  const { lang, section } = scope;
  const abs = (p: string) => site.publicUrl + p;
  const page = await listPublishedArticles(site.deps.ctx, { lang, sectionId: section?.id, limit: FEED_SIZE });
  const name = t(lang, 'site.name');
  const title = section ? `${name} - ${section.name}` : `${name} - ${t(lang, 'site.tagline')}`;
  const link = abs(section ? sectionPath(lang, section.slug) : homePath(lang));
  const feed = new Feed({
    id: link,
    title,
    description: t(lang, 'site.description'),
    link,
    language: lang,
    updated: page.items[0]?.updatedAt ?? new Date(0),
    generator: 'Chapar',
    copyright: t(lang, 'site.footer.rights'),
    favicon: abs(site.assets.iconHref),
    feedLinks: section ? { rss: abs(sectionRssPath(lang, section.slug)) } : { rss: abs(rssPath(lang)), atom: abs(atomPath(lang)), json: abs(jsonFeedPath(lang)) },
    ttl: 5,
  });
  const data = await site.data();
  for (const a of page.items) feed.addItem(itemOf(site, a, data.sectionById.get(a.sectionId ?? -1)));
  return feed;
}

function itemOf(site: Site, a: Article, section: Section | undefined) {
  const abs = (p: string) => site.publicUrl + p;
  const url = abs(articlePath(a));
  const lead = a.dateline ? `${a.dateline}- ${a.lead}` : a.lead;
  const dir = a.lang === 'en' ? 'ltr' : 'rtl';
  return {
    title: isolatePlain(a.title),
    id: url,
    guid: url,
    link: url,
    date: a.updatedAt,
    published: a.publishedAt ?? a.createdAt,
    description: `<p dir="${dir}">${isolateHtml(lead)}</p>`,
    content: `<div dir="${dir}"><p>${isolateHtml(lead)}</p>${a.body}</div>`,
    // feed@6 json1() reads author[0] whenever `author` is set: leave it out when there is none.
    ...(a.authors.length ? { author: a.authors.map((au) => ({ name: au.name })) } : {}),
    category: [...(section ? [{ name: section.name, domain: abs(sectionPath(a.lang, section.slug)) }] : []), ...a.tags.map((tg) => ({ name: tg.name, domain: abs(tagPath(a.lang, tg.slug)) }))],
  };
}
