import { forbidden } from '../platform/errors.js';
import type { Actor, Article, Role } from './types.js';

/** Everything a newsroom user may try to do. */
export type Action =
  | 'article.create'
  | 'article.edit'
  | 'article.submit'
  | 'article.publish'
  | 'article.unpublish'
  | 'article.trash'
  | 'article.top_story'
  | 'user.manage'
  | 'section.manage';

const RANK: Record<Role, number> = { reporter: 1, section_editor: 2, chief_editor: 3, admin: 4 };

/**
 * Whether `actor` may perform `action` (on `article`, when given).
 * A null actor is the system (importer, scheduler, CLI) and may do everything.
 * - reporters create, edit and submit their own drafts and returned articles;
 * - section editors edit, publish and unpublish articles of their sections;
 * - the chief editor and admins do everything with articles; only admins manage users and sections.
 */
export function can(actor: Actor | null, action: Action, article?: Pick<Article, 'createdBy' | 'sectionId' | 'status'>): boolean {
  if (!actor) return true;
  const rank = RANK[actor.role];
  const own = article ? article.createdBy === actor.userId : true;
  const inSection = article ? article.sectionId != null && actor.sectionIds.includes(article.sectionId) : true;
  switch (action) {
    case 'article.create':
      return true;
    case 'article.edit':
    case 'article.submit':
      if (rank >= RANK.chief_editor) return true;
      if (actor.role === 'section_editor') return inSection || own;
      return own && (!article || article.status === 'draft' || article.status === 'submitted');
    case 'article.publish':
    case 'article.unpublish':
    case 'article.trash':
      if (rank >= RANK.chief_editor) return true;
      if (actor.role === 'section_editor') return inSection;
      return action === 'article.trash' && own && article?.status === 'draft';
    case 'article.top_story':
      return rank >= RANK.chief_editor;
    case 'user.manage':
    case 'section.manage':
      return actor.role === 'admin';
  }
}

/** Throws CHAPAR_AUTH_FORBIDDEN unless `can(...)`. */
export function assertCan(actor: Actor | null, action: Action, article?: Pick<Article, 'createdBy' | 'sectionId' | 'status'>): void {
  if (!can(actor, action, article)) throw forbidden('CHAPAR_AUTH_FORBIDDEN', `Not allowed: ${action}`);
}
