/** The editable fields of an article and how the editor compares and sends them. */
import type { Article } from '../types.js';

export interface Fields {
  kicker: string;
  title: string;
  dateline: string;
  lead: string;
  body: string;
  sectionId: number | null;
  tags: string[];
  authors: string[];
  sourceName: string;
  sourceUrl: string;
  featuredImageId: number | null;
  featuredImageCaption: string;
  isFeatured: boolean;
  slug: string;
  seoTitle: string;
  seoDescription: string;
  typographyRepair: boolean;
}

export const FIELD_NAMES: Array<keyof Fields> = [
  'kicker', 'title', 'dateline', 'lead', 'body', 'sectionId', 'tags', 'authors', 'sourceName', 'sourceUrl',
  'featuredImageId', 'featuredImageCaption', 'isFeatured', 'slug', 'seoTitle', 'seoDescription', 'typographyRepair',
];

export function fieldsOf(a: Article): Fields {
  return {
    kicker: a.kicker,
    title: a.title,
    dateline: a.dateline,
    lead: a.lead,
    body: a.body,
    sectionId: a.sectionId,
    tags: a.tags.map((x) => x.name),
    authors: a.authors.map((x) => x.name),
    sourceName: a.sourceName,
    sourceUrl: a.sourceUrl,
    featuredImageId: a.featuredImageId,
    featuredImageCaption: a.featuredImageCaption,
    isFeatured: a.isFeatured,
    slug: a.slug,
    seoTitle: a.seoTitle,
    seoDescription: a.seoDescription,
    typographyRepair: a.typographyRepair,
  };
}

export function emptyFields(sectionId: number | null): Fields {
  return {
    kicker: '', title: '', dateline: '', lead: '', body: '', sectionId, tags: [], authors: [], sourceName: '', sourceUrl: '',
    featuredImageId: null, featuredImageCaption: '', isFeatured: false, slug: '', seoTitle: '', seoDescription: '', typographyRepair: true,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields whose values differ between `draft` and `base` (what a save sends). */
export function changedFields(draft: Fields, base: Fields): Partial<Fields> {
  const out: Partial<Fields> = {};
  for (const k of FIELD_NAMES) if (!same(draft[k], base[k])) (out as Record<string, unknown>)[k] = draft[k];
  return out;
}

/** Words and characters of lead + body, counted like the server (src/newsroom/presenters.ts countsOf). */
export function countWords(lead: string, bodyText: string): { words: number; characters: number } {
  const text = `${lead}\n${bodyText}`.trim();
  const words = text ? text.split(/[\s\u00a0]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length : 0;
  return { words, characters: [...text.replace(/\s+/g, ' ')].length };
}

/** Plain text of body HTML (paragraphs on their own lines). */
export function htmlText(html: string): string {
  const doc = new DOMParser().parseFromString(`<body>${html.replace(/<\/(p|h[2-4]|li|blockquote|figcaption)>/gi, '$&\n')}</body>`, 'text/html');
  return (doc.body.textContent ?? '').replace(/\n{2,}/g, '\n').trim();
}

/**
 * Applies the typography preview's body changes to the same HTML that was previewed: the
 * server splits the HTML at tags and counts non-blank text parts (src/content/articles/preview-typography.ts).
 */
export function applyBodyRepairs(html: string, body: Array<{ index: number; after: string }>): string {
  const byIndex = new Map(body.map((b) => [b.index, b.after]));
  let index = 0;
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith('<') || !part.trim()) return part;
      const after = byIndex.get(index++);
      if (after === undefined) return part;
      // Keep the spaces at the edges of the text node (between words and inline markup).
      const lead = /^\s*/.exec(part)![0];
      const trail = /\s*$/.exec(part)![0];
      const text = after.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
      return (text.startsWith(' ') ? '' : lead) + text.trim() + (text.endsWith(' ') ? '' : trail);
    })
    .join('');
}
