/**
 * Sitemaps: /sitemap.xml is an index over /sitemaps/pages.xml and /sitemaps/articles-K.xml,
 * each article file covering the id range [K·50,000, (K+1)·50,000) so it holds at most
 * 50,000 URLs and is read with one primary-key range scan (no OFFSET). /news-sitemap.xml
 * follows the Google News format (articles of the last 48 hours).
 */
import { getMaxArticleId, listArticlesForSitemap, listRecentArticles } from '../../content/articles/list-articles-for-sitemap.js';
import { t } from '../format.js';
import type { Site } from '../site.js';
import { articlePath, homePath, sectionPath } from '../urls.js';

export const URLS_PER_SITEMAP = 50_000;
const SM_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';

const x = (s: string) => s.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&apos;'));

export async function sitemapIndex(site: Site): Promise<string> {
  const maxId = await getMaxArticleId(site.deps.ctx);
  const files = ['/sitemaps/pages.xml'];
  for (let k = 0; k * URLS_PER_SITEMAP <= maxId; k++) files.push(`/sitemaps/articles-${k}.xml`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="${SM_NS}">\n${files.map((f) => `<sitemap><loc>${x(site.publicUrl + f)}</loc></sitemap>`).join('\n')}\n</sitemapindex>\n`;
}

export async function pagesSitemap(site: Site): Promise<string> {
  const data = await site.data();
  const urls: string[] = [];
  const homes = data.editions.map((e) => `<xhtml:link rel="alternate" hreflang="${e.code}" href="${x(site.publicUrl + homePath(e.code))}"/>`).join('');
  for (const e of data.editions) {
    urls.push(`<url><loc>${x(site.publicUrl + homePath(e.code))}</loc><changefreq>always</changefreq>${homes}</url>`);
    for (const s of data.sections.get(e.code) ?? []) urls.push(`<url><loc>${x(site.publicUrl + sectionPath(e.code, s.slug))}</loc><changefreq>hourly</changefreq></url>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${SM_NS}" xmlns:xhtml="${XHTML_NS}">\n${urls.join('\n')}\n</urlset>\n`;
}

/** Article sitemap K, or null when K is past the last id. */
export async function articlesSitemap(site: Site, k: number): Promise<string | null> {
  const maxId = await getMaxArticleId(site.deps.ctx);
  if (k * URLS_PER_SITEMAP > maxId) return null;
  const rows = await listArticlesForSitemap(site.deps.ctx, k * URLS_PER_SITEMAP, (k + 1) * URLS_PER_SITEMAP);
  const parts = rows.map((a) => `<url><loc>${x(site.publicUrl + articlePath(a))}</loc><lastmod>${a.updatedAt.toISOString()}</lastmod></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${SM_NS}">\n${parts.join('\n')}\n</urlset>\n`;
}

export async function newsSitemap(site: Site): Promise<string> {
  const data = await site.data();
  const since = new Date(site.deps.ctx.clock.now().getTime() - 48 * 3_600_000);
  const parts: string[] = [];
  for (const e of data.editions) {
    for (const a of await listRecentArticles(site.deps.ctx, e.code, since, 1000)) {
      parts.push(
        `<url><loc>${x(site.publicUrl + articlePath(a))}</loc><news:news><news:publication><news:name>${x(t(e.code, 'site.name'))}</news:name><news:language>${e.code}</news:language></news:publication><news:publication_date>${a.publishedAt.toISOString()}</news:publication_date><news:title>${x(a.title)}</news:title></news:news></url>`,
      );
    }
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${SM_NS}" xmlns:news="${NEWS_NS}">\n${parts.slice(0, 1000).join('\n')}\n</urlset>\n`;
}

export function robotsTxt(site: Site): string {
  return ['User-agent: *', 'Allow: /', 'Disallow: /api/', 'Disallow: /*/search', '', `Sitemap: ${site.publicUrl}/sitemap.xml`, `Sitemap: ${site.publicUrl}/news-sitemap.xml`, ''].join('\n');
}
