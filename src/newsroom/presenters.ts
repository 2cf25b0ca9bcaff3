/** How the newsroom API shows domain objects: plain JSON, ISO dates, no internals. */
import type { ArticleNote } from '../content/articles/article-notes.js';
import { bodyText } from '../content/articles/diff-revisions.js';
import type { LockState } from '../content/articles/edit-locks.js';
import type { Article, Media, Revision } from '../content/types.js';
import type { UserView } from '../content/users/get-user.js';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** Words and characters of lead + body, counted as the editor shows them. */
export function countsOf(a: Pick<Article, 'lead' | 'body'>) {
  const text = `${a.lead}\n${bodyText(a.body)}`.trim();
  const words = text ? text.split(/[\s\u00a0]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length : 0;
  return { words, characters: [...text.replace(/\s+/g, ' ')].length };
}

/** The public URL an article has (or will have) on the site. */
export function publicUrlOf(publicUrl: string, a: Pick<Article, 'lang' | 'code' | 'slug'>): string {
  return `${publicUrl}/${a.lang}/news/${a.code}/${encodeURIComponent(a.slug)}`;
}

export function presentArticle(a: Article, publicUrl: string) {
  const url = publicUrlOf(publicUrl, a);
  return {
    id: a.id,
    code: a.code,
    lang: a.lang,
    sectionId: a.sectionId,
    kicker: a.kicker,
    title: a.title,
    dateline: a.dateline,
    lead: a.lead,
    body: a.body,
    sourceName: a.sourceName,
    sourceUrl: a.sourceUrl,
    slug: a.slug,
    status: a.status,
    createdAt: iso(a.createdAt),
    updatedAt: iso(a.updatedAt),
    publishedAt: iso(a.publishedAt),
    scheduledAt: iso(a.scheduledAt),
    featuredImageId: a.featuredImageId,
    featuredImageCaption: a.featuredImageCaption,
    isTopStory: a.isTopStory,
    isBreaking: a.isBreaking,
    breakingUntil: iso(a.breakingUntil),
    isFeatured: a.isFeatured,
    version: a.version,
    seoTitle: a.seoTitle,
    seoDescription: a.seoDescription,
    typographyRepair: a.typographyRepair,
    createdBy: a.createdBy,
    updatedBy: a.updatedBy,
    tags: a.tags.map((t) => ({ id: t.id, name: t.name, slug: t.slug })),
    authors: a.authors.map((x) => ({ id: x.id, name: x.name, slug: x.slug })),
    counts: countsOf(a),
    url,
    /** What a search engine would show (the UI renders the search-result preview from this). */
    seoPreview: {
      title: a.seoTitle || a.title,
      description: (a.seoDescription || a.lead).slice(0, 160),
      url,
    },
  };
}

export function presentUser(u: UserView) {
  return {
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    role: u.role,
    disabled: u.disabled,
    sectionIds: u.sectionIds,
    createdAt: iso(u.createdAt),
    lastLoginAt: iso(u.lastLoginAt),
  };
}

export function presentMedia(m: Media) {
  return {
    id: m.id,
    kind: m.kind,
    originalName: m.originalName,
    mime: m.mime,
    width: m.width,
    height: m.height,
    bytes: m.bytes,
    alt: m.alt,
    caption: m.caption,
    credit: m.credit,
    /** Public copies, each served at /media/<key>. */
    variants: m.variants.map((v) => ({ ...v, url: `/media/${v.key}` })),
    createdAt: iso(m.createdAt),
  };
}

export function presentLock(s: LockState) {
  return {
    status: s.status,
    token: s.token,
    holder: s.holder ? { userId: s.holder.userId, name: s.holder.name, since: iso(s.holder.since), heartbeatAt: iso(s.holder.heartbeatAt) } : null,
    previousUserId: s.previousUserId,
    takenOverAt: iso(s.takenOverAt),
  };
}

export function presentNote(n: ArticleNote) {
  return { ...n, createdAt: iso(n.createdAt) };
}

export function presentRevision(r: Revision, withData: boolean) {
  return {
    id: r.id,
    version: r.version,
    createdAt: iso(r.createdAt),
    createdBy: r.createdBy,
    note: r.note,
    title: r.data.title,
    status: r.data.status,
    ...(withData ? { data: r.data } : {}),
  };
}
