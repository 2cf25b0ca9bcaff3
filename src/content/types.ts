/** Domain objects of Chapar's content model. */

export type Lang = 'fa' | 'ar' | 'en';
export const LANGS: readonly Lang[] = ['fa', 'ar', 'en'];

/** `returned` = sent back to the reporter with a comment; `approved` = passed by the desk, not yet published. */
export type ArticleStatus = 'draft' | 'submitted' | 'returned' | 'approved' | 'scheduled' | 'published' | 'unpublished' | 'trashed';
export const ARTICLE_STATUSES: readonly ArticleStatus[] = ['draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'unpublished', 'trashed'];

export type Role = 'reporter' | 'section_editor' | 'chief_editor' | 'admin';
export const ROLES: readonly Role[] = ['reporter', 'section_editor', 'chief_editor', 'admin'];

export interface Edition {
  code: Lang;
  name: string;
  nativeName: string;
  dir: 'rtl' | 'ltr';
  isDefault: boolean;
}

export interface Section {
  id: number;
  lang: Lang;
  parentId: number | null;
  slug: string;
  name: string;
  position: number;
  isMain: boolean;
}

export interface Tag {
  id: number;
  lang: Lang;
  name: string;
  slug: string;
}

export interface Author {
  id: number;
  name: string;
  slug: string;
  userId: number | null;
}

export interface MediaVariant {
  width: number;
  height: number;
  format: 'webp' | 'jpeg' | 'png' | 'gif' | 'avif';
  key: string;
  bytes: number;
}

export interface Media {
  id: number;
  kind: 'image';
  originalName: string;
  storageKey: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  alt: string;
  caption: string;
  credit: string;
  variants: MediaVariant[];
  createdAt: Date;
}

export interface Article {
  id: number;
  /** The public news code: numeric, sequential, unique, never reused. */
  code: number;
  lang: Lang;
  sectionId: number | null;
  /** روتیتر */
  kicker: string;
  title: string;
  /** The city or outlet that opens the lead, as in «اهواز- …». */
  dateline: string;
  /** لید */
  lead: string;
  /** Sanitized HTML (allowlist in content/sanitize-body.ts). */
  body: string;
  sourceName: string;
  sourceUrl: string;
  slug: string;
  status: ArticleStatus;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  featuredImageId: number | null;
  featuredImageCaption: string;
  /** تیتر یک */
  isTopStory: boolean;
  /** فوری */
  isBreaking: boolean;
  breakingUntil: Date | null;
  isFeatured: boolean;
  viewCount: number;
  /** Optimistic-concurrency version; every save increments it. */
  version: number;
  seoTitle: string;
  seoDescription: string;
  /** Whether saves run the Persian typography repair on this article. */
  typographyRepair: boolean;
  importKey: string | null;
  createdBy: number | null;
  updatedBy: number | null;
  tags: Tag[];
  authors: Author[];
}

export interface User {
  id: number;
  email: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  sectionIds: number[];
  createdAt: Date;
}

/** Who performs an operation. `null` actor means the system (importer, scheduler, CLI). */
export interface Actor {
  userId: number;
  role: Role;
  sectionIds: number[];
}

export interface Revision {
  id: number;
  articleId: number;
  version: number;
  createdAt: Date;
  createdBy: number | null;
  note: string;
  data: ArticleSnapshot;
}

/** The editable state of an article as kept in a revision. */
export type ArticleSnapshot = Pick<
  Article,
  | 'kicker' | 'title' | 'dateline' | 'lead' | 'body' | 'sourceName' | 'sourceUrl' | 'slug' | 'status' | 'sectionId'
  | 'featuredImageId' | 'featuredImageCaption' | 'isTopStory' | 'isBreaking' | 'isFeatured' | 'seoTitle' | 'seoDescription'
  | 'version'
> & { tags: string[]; authors: string[]; publishedAt: string | null; scheduledAt: string | null; breakingUntil: string | null };
