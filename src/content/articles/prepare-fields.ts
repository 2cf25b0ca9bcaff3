import { normalizeText, slugify } from '../../text/index.js';
import type { Lang } from '../types.js';
import { sanitizeBody } from '../sanitize-body.js';
import type { ArticleFields } from './article-input.js';

const ENTITY: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': '\u00a0' };
const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (m) => ENTITY[m]!);
const escapeText = (s: string) => s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));

/**
 * Normalizes the text nodes of sanitized HTML, leaving tags and attributes untouched.
 * The input is the sanitizer's output, so `<` only ever starts a tag. The spaces at the
 * edges of each text node are kept as a single space: they separate words from the inline
 * elements around them («متن <strong>پررنگ</strong> و»), which the normalizer's trimming
 * would otherwise glue together.
 */
export function normalizeHtmlText(html: string, lang: Lang): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith('<') || !part.trim()) return part;
      const lead = /^\s/.test(part) ? ' ' : '';
      const trail = /\s$/.test(part) ? ' ' : '';
      return lead + escapeText(normalizeText(unescape(part), lang)) + trail;
    })
    .join('');
}

/** Tag names → unique (name, slug) pairs, normalized like the rest of the text. */
export function prepareTags(names: string[], lang: Lang, repair: boolean): Array<{ name: string; slug: string }> {
  const seen = new Set<string>();
  const out: Array<{ name: string; slug: string }> = [];
  for (const raw of names) {
    const name = (repair ? normalizeText(raw, lang) : raw.trim()).trim();
    if (!name) continue;
    const slug = slugify(name, lang);
    if (seen.has(slug)) continue;
    seen.add(slug);
    out.push({ name, slug });
  }
  return out;
}

/** Author names → unique (name, slug) pairs. */
export function prepareAuthors(names: string[], lang: Lang): Array<{ name: string; slug: string }> {
  return prepareTags(names, lang, true);
}

/**
 * The text side of every save: sanitize the body, run the typography repair (Persian
 * articles only, unless switched off per article), and derive the slug from the title.
 * The same function serves the newsroom, the importer and the CLI.
 */
export function prepareTextFields<T extends Partial<ArticleFields>>(fields: T, lang: Lang, repair: boolean): T {
  const out: T = { ...fields };
  const norm = (s: string) => (repair ? normalizeText(s, lang) : s.trim());
  for (const key of ['kicker', 'title', 'dateline', 'lead', 'sourceName', 'featuredImageCaption', 'seoTitle', 'seoDescription'] as const) {
    const v = out[key];
    if (typeof v === 'string') (out as Record<string, unknown>)[key] = norm(v);
  }
  if (typeof out.body === 'string') {
    const clean = sanitizeBody(out.body);
    out.body = repair ? normalizeHtmlText(clean, lang) : clean;
  }
  if (typeof out.slug === 'string' && out.slug.trim()) out.slug = slugify(out.slug, lang);
  return out;
}
