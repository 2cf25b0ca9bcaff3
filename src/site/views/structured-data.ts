/** schema.org structured data and head helpers shared by the page routes. */
import type { Lang } from '../../content/types.js';
import { t } from '../format.js';
import type { Site } from '../site.js';
import { homePath } from '../urls.js';
import type { Crumb } from '../views/parts.js';

export function breadcrumbLd(site: Site, crumbs: Crumb[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.href ? site.publicUrl + c.href : undefined })),
  };
}

export function publisherLd(site: Site, lang: Lang) {
  return {
    '@type': 'NewsMediaOrganization',
    name: t(lang, 'site.name'),
    url: site.publicUrl + homePath(lang),
    logo: { '@type': 'ImageObject', url: site.publicUrl + site.assets.iconHref, width: 32, height: 32 },
  };
}

/** Clips a description to n characters with an ellipsis. */
export const clip = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);
