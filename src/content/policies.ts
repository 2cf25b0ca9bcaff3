import { forbidden } from '../platform/errors.js';
import type { Actor, Article, Role } from './types.js';

/** Everything a newsroom user may try to do. */
export type Action =
  | 'article.create'
  | 'article.view'
  | 'article.edit'
  | 'article.submit'
  | 'article.review'
  | 'article.publish'
  | 'article.unpublish'
  | 'article.trash'
  | 'article.breaking'
  | 'article.top_story'
  | 'media.upload'
  | 'media.edit'
  | 'audit.view'
  | 'user.manage'
  | 'section.manage';

const RANK: Record<Role, number> = { reporter: 1, section_editor: 2, chief_editor: 3, admin: 4 };

/** Statuses in which a reporter may still work on their own article. */
const REPORTER_EDITABLE = ['draft', 'submitted', 'returned'];

/**
 * Whether `actor` may perform `action` (on `article`, when given).
 * A null actor is the system (importer, scheduler, CLI) and may do everything.
 * - reporters create, see, edit and submit their own drafts and returned articles, and trash their own drafts;
 * - section editors see, edit, review (return/approve), publish, schedule, unpublish, trash and mark breaking
 *   the articles of their sections (and anything they wrote themselves);
 * - the chief editor and admins do everything with articles; only they pick the top story and read the whole audit log;
 * - only admins manage users and sections.
 */
export function can(actor: Actor | null, action: Action, article?: Pick<Article, 'createdBy' | 'sectionId' | 'status'>): boolean {
  if (!actor) return true;
  const rank = RANK[actor.role];
  const own = article ? article.createdBy === actor.userId : true;
  const inSection = article ? article.sectionId != null && actor.sectionIds.includes(article.sectionId) : true;
  switch (action) {
    case 'article.create':
    case 'media.upload':
      return true;
    case 'article.view':
      if (rank >= RANK.chief_editor) return true;
      if (actor.role === 'section_editor') return inSection || own || article?.status === 'published';
      return own || article?.status === 'published';
    case 'article.edit':
    case 'article.submit':
      if (rank >= RANK.chief_editor) return true;
      if (actor.role === 'section_editor') return inSection || own;
      return own && (!article || REPORTER_EDITABLE.includes(article.status));
    case 'article.review':
    case 'article.publish':
    case 'article.unpublish':
    case 'article.breaking':
      if (rank >= RANK.chief_editor) return true;
      return actor.role === 'section_editor' && inSection;
    case 'article.trash':
      if (rank >= RANK.chief_editor) return true;
      if (actor.role === 'section_editor') return inSection;
      return own && (article?.status === 'draft' || article?.status === 'returned');
    case 'article.top_story':
    case 'audit.view':
      return rank >= RANK.chief_editor;
    case 'media.edit':
      return rank >= RANK.section_editor;
    case 'user.manage':
    case 'section.manage':
      return actor.role === 'admin';
  }
}

/** Throws CHAPAR_AUTH_FORBIDDEN unless `can(...)`. */
export function assertCan(actor: Actor | null, action: Action, article?: Pick<Article, 'createdBy' | 'sectionId' | 'status'>): void {
  if (!can(actor, action, article)) throw forbidden('CHAPAR_AUTH_FORBIDDEN', `Not allowed: ${action}`);
}
