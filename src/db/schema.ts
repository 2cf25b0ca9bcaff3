/**
 * Kysely table types (camelCase in TypeScript, snake_case in SQL via CamelCasePlugin).
 * Times are stored as integer milliseconds since the epoch (UTC) in both dialects;
 * booleans as 0/1 integers, so one query works unchanged on SQLite and PostgreSQL.
 */
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { NewsroomDatabase } from './schema-newsroom.js';

export interface LanguagesTable {
  code: string;
  name: string;
  nativeName: string;
  dir: string;
  position: number;
  isDefault: number;
}

export interface SectionsTable {
  id: Generated<number>;
  lang: string;
  parentId: number | null;
  slug: string;
  name: string;
  position: number;
  /** 1 when the section gets its own block on the home page. */
  isMain: number;
  createdAt: number;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  displayName: string;
  passwordHash: string;
  role: string;
  disabled: number;
  createdAt: number;
  updatedAt: number;
  lastLoginAt: number | null;
}

export interface UserSectionsTable {
  userId: number;
  sectionId: number;
}

export interface AuthorsTable {
  id: Generated<number>;
  name: string;
  slug: string;
  userId: number | null;
  bio: string;
  createdAt: number;
}

export interface ArticlesTable {
  id: Generated<number>;
  code: number;
  lang: string;
  sectionId: number | null;
  kicker: string;
  title: string;
  dateline: string;
  lead: string;
  body: string;
  sourceName: string;
  sourceUrl: string;
  slug: string;
  status: string;
  createdAt: number;
  updatedAt: number;
  publishedAt: number | null;
  scheduledAt: number | null;
  featuredImageId: number | null;
  featuredImageCaption: string;
  isTopStory: number;
  isBreaking: number;
  breakingUntil: number | null;
  isFeatured: number;
  viewCount: number;
  version: number;
  seoTitle: string;
  seoDescription: string;
  typographyRepair: number;
  importKey: string | null;
  createdBy: number | null;
  updatedBy: number | null;
}

export interface ArticleAuthorsTable {
  articleId: number;
  authorId: number;
  position: number;
}

export interface TagsTable {
  id: Generated<number>;
  lang: string;
  name: string;
  slug: string;
  createdAt: number;
}

export interface ArticleTagsTable {
  articleId: number;
  tagId: number;
  position: number;
}

export interface MediaTable {
  id: Generated<number>;
  kind: string;
  originalName: string;
  storageKey: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  alt: string;
  caption: string;
  credit: string;
  /** JSON array of { width, height, format, key, bytes }. */
  variants: string;
  createdAt: number;
  createdBy: number | null;
}

export interface RevisionsTable {
  id: Generated<number>;
  articleId: number;
  version: number;
  /** JSON snapshot of the article (fields, tags, authors) as it was at that version. */
  data: string;
  createdAt: number;
  createdBy: number | null;
  note: string;
}

export interface CountersTable {
  name: string;
  value: number;
}

export interface ArticleDailyViewsTable {
  articleId: number;
  /** UTC day as epoch milliseconds of its midnight. */
  day: number;
  views: number;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: number;
  userId: number | null;
  action: string;
  articleId: number | null;
  details: string;
}

export interface Database extends NewsroomDatabase {
  languages: LanguagesTable;
  sections: SectionsTable;
  users: UsersTable;
  userSections: UserSectionsTable;
  authors: AuthorsTable;
  articles: ArticlesTable;
  articleAuthors: ArticleAuthorsTable;
  tags: TagsTable;
  articleTags: ArticleTagsTable;
  media: MediaTable;
  revisions: RevisionsTable;
  counters: CountersTable;
  articleDailyViews: ArticleDailyViewsTable;
  auditLog: AuditLogTable;
}

export type ArticleRow = Selectable<ArticlesTable>;
export type NewArticleRow = Insertable<ArticlesTable>;
export type ArticleRowUpdate = Updateable<ArticlesTable>;
export type SectionRow = Selectable<SectionsTable>;
export type TagRow = Selectable<TagsTable>;
export type UserRow = Selectable<UsersTable>;
export type AuthorRow = Selectable<AuthorsTable>;
export type MediaRow = Selectable<MediaTable>;
export type RevisionRow = Selectable<RevisionsTable>;
