/** Shapes of the newsroom API (docs/newsroom-api.md), as the UI uses them. */

export type Role = 'reporter' | 'section_editor' | 'chief_editor' | 'admin';
export const ROLES: Role[] = ['reporter', 'section_editor', 'chief_editor', 'admin'];
export type Status = 'draft' | 'submitted' | 'returned' | 'approved' | 'scheduled' | 'published' | 'unpublished' | 'trashed';
export const STATUSES: Status[] = ['draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'unpublished', 'trashed'];
export type Lang = 'fa' | 'ar' | 'en';

export interface User {
  id: number;
  email: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  sectionIds: number[];
  createdAt: string | null;
  lastLoginAt: string | null;
}

export interface Abilities {
  manageUsers: boolean;
  readAudit: boolean;
  pickTopStory: boolean;
  reviewAnySection: boolean;
  editMedia: boolean;
}

export interface Session {
  user: User;
  csrfToken: string;
  abilities: Abilities;
  expiresAt: string;
}

export interface Named {
  id: number;
  name: string;
  slug: string;
}

export interface Article {
  id: number;
  code: number;
  lang: Lang;
  sectionId: number | null;
  kicker: string;
  title: string;
  dateline: string;
  lead: string;
  body: string;
  sourceName: string;
  sourceUrl: string;
  slug: string;
  status: Status;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  scheduledAt: string | null;
  featuredImageId: number | null;
  featuredImageCaption: string;
  isTopStory: boolean;
  isBreaking: boolean;
  breakingUntil: string | null;
  isFeatured: boolean;
  version: number;
  seoTitle: string;
  seoDescription: string;
  typographyRepair: boolean;
  createdBy: number | null;
  updatedBy: number | null;
  tags: Named[];
  authors: Named[];
  counts: { words: number; characters: number };
  url: string;
  seoPreview: { title: string; description: string; url: string };
}

export interface Permissions {
  edit: boolean;
  submit: boolean;
  review: boolean;
  publish: boolean;
  unpublish: boolean;
  trash: boolean;
  breaking: boolean;
  topStory: boolean;
}

export interface Lock {
  status: 'held' | 'locked' | 'lost' | 'free';
  token: string | null;
  holder: { userId: number; name: string; since: string; heartbeatAt: string } | null;
  previousUserId: number | null;
  takenOverAt: string | null;
}

export interface Note {
  id: number;
  articleId: number;
  userId: number | null;
  userName: string | null;
  kind: 'return' | 'comment';
  body: string;
  version: number;
  createdAt: string;
}

export interface EditorPayload {
  article: Article;
  permissions: Permissions;
  lock: Lock;
  notes: Note[];
}

export interface ListItem {
  id: number;
  code: number;
  lang: Lang;
  kicker: string;
  title: string;
  status: Status;
  sectionId: number | null;
  createdBy: number | null;
  createdByName: string | null;
  updatedBy: number | null;
  updatedByName: string | null;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  scheduledAt: string | null;
  isBreaking: boolean;
  breakingUntil: string | null;
  isTopStory: boolean;
  featuredImageId: number | null;
  version: number;
  lock: { userId: number; name: string; since: string } | null;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
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

export interface MediaVariant {
  width: number;
  height: number;
  format: 'webp' | 'jpeg' | 'png';
  key: string;
  bytes: number;
  url: string;
}

export interface Media {
  id: number;
  kind: string;
  originalName: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  alt: string;
  caption: string;
  credit: string;
  createdAt: string;
  variants: MediaVariant[];
}

export interface RevisionItem {
  id: number;
  version: number;
  createdAt: string;
  createdBy: number | null;
  createdByName: string | null;
  note: string | null;
  title: string;
  status: Status;
}

export interface DiffOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface RevisionDiff {
  articleId: number;
  from: number;
  to: number;
  fields: Array<{ field: string; before: string; after: string; ops: DiffOp[]; markupChanged?: boolean }>;
}

export interface TextChange {
  from: number;
  to: number;
  before: string;
  after: string;
  kind: string;
}

export interface TypographyPreview {
  texts: Array<{ before: string; after: string; changes: TextChange[] }>;
  body: Array<{ index: number; offset: number; before: string; after: string; changes: TextChange[] }>;
}

export interface SearchHit {
  articleId: number;
  code: number;
  lang: Lang;
  title: string;
  snippet: string;
  publishedAt: string | null;
  sectionId: number | null;
  status: Status;
}

/** details of 409 CHAPAR_CONTENT_VERSION_CONFLICT. */
export interface ConflictDetails {
  currentVersion: number;
  expectedVersion: number;
  current: Record<string, unknown>;
  updatedBy: number | null;
  updatedByName: string | null;
  updatedAt: string | null;
  yours: Record<string, unknown>;
  conflictCopyId: number;
}
