/** The article page: head tags, JSON-LD and the body, rendered from the article's data. */
import type { ArticleSummary } from '../../content/articles/list-article-summaries.js';
import type { Article, Lang, Media } from '../../content/types.js';
import { iso, t } from '../format.js';
import type { Site, SiteData } from '../site.js';
import { articlePath, authorPath, homePath, sectionPath } from '../urls.js';
import { articleBodyHtml, IMAGE_SIZES, imageSources } from '../views/ArticlePage.js';
import type { Head } from '../views/Layout.js';
import type { Crumb } from '../views/parts.js';
import { renderPage } from '../views/render-page.js';
import { breadcrumbLd, clip, newsArticleLd } from '../views/structured-data.js';

/** The article page's data: the article, its featured image and related news. */
export interface ArticleData {
  article: Article;
  image: Media | null;
  related: ArticleSummary[];
}

/**
 * The article page, as readers see it. The newsroom's preview renders the very same
 * page for an article in any status (marked noindex, never cached).
 */
export function renderArticlePage(site: Site, data: SiteData, lang: Lang, { article: a, image, related }: ArticleData, preview = false): Buffer {
  const abs = (p: string) => site.publicUrl + p;
  const section = a.sectionId != null ? (data.sectionById.get(a.sectionId) ?? null) : null;
  const url = abs(articlePath(a));
  const crumbs: Crumb[] = [{ name: t(lang, 'site.nav.home'), href: homePath(lang) }];
  if (section) {
    const parent = section.parentId != null ? data.sectionById.get(section.parentId) : undefined;
    if (parent) crumbs.push({ name: parent.name, href: sectionPath(lang, parent.slug) });
    crumbs.push({ name: section.name, href: sectionPath(lang, section.slug) });
  }
  crumbs.push({ name: a.title, href: articlePath(a) });
  const img = image ? imageSources(image) : null;
  const imageUrl = img ? abs(img.src) : undefined;
  const published = a.publishedAt ?? a.createdAt;
  const description = clip(a.seoDescription || a.lead || a.title);
  const head: Head = {
    title: `${a.seoTitle || a.title} - ${t(lang, 'site.name')}`,
    description,
    canonical: url,
    alternates: [{ hreflang: lang, href: url }],
    og: { type: 'article', image: imageUrl, publishedTime: iso(published), modifiedTime: iso(a.updatedAt), section: section?.name, tags: a.tags.map((x) => x.name) },
    preloadImage: img ? { href: img.src, srcset: img.srcset || undefined, sizes: img.srcset ? IMAGE_SIZES : undefined } : undefined,
    jsonLd: [
      newsArticleLd(site, {
        url,
        headline: a.title.slice(0, 110),
        alternativeHeadline: a.kicker || undefined,
        description,
        inLanguage: lang,
        datePublished: iso(published),
        dateModified: iso(a.updatedAt),
        author: a.authors.length
          ? a.authors.map((au) => ({ type: 'Person' as const, name: au.name, url: abs(authorPath(lang, au.slug)) }))
          : [{ type: 'Organization', name: a.sourceName || t(lang, 'site.name'), url: abs(homePath(lang)) }],
        image: imageUrl ? [imageUrl] : [abs(site.assets.iconHref)],
        articleSection: section?.name,
        keywords: a.tags.length ? a.tags.map((x) => x.name).join(', ') : undefined,
        identifier: String(a.code),
        sourceOrganization: a.sourceName || undefined,
      }),
      breadcrumbLd(site, crumbs),
    ],
  };
  return renderPage(site, data, lang, preview ? { ...head, robots: 'noindex, nofollow' } : head, () => articleBodyHtml({ article: a, section, image, related, crumbs, shortUrl: abs(`/n/${a.code}`), url }, lang), { currentSectionId: section?.id });
}
