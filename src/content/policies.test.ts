import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertCan, can } from './policies.js';
import type { Actor, ArticleStatus } from './types.js';

const reporter: Actor = { userId: 1, role: 'reporter', sectionIds: [] };
const editor: Actor = { userId: 2, role: 'section_editor', sectionIds: [10] };
const chief: Actor = { userId: 3, role: 'chief_editor', sectionIds: [] };
const admin: Actor = { userId: 4, role: 'admin', sectionIds: [] };
const art = (status: ArticleStatus, createdBy = 1, sectionId: number | null = 10) => ({ status, createdBy, sectionId });

test('reporters see and edit only their own unpublished work, plus anything published', () => {
  assert.equal(can(reporter, 'article.view', art('draft')), true);
  assert.equal(can(reporter, 'article.view', art('draft', 99)), false);
  assert.equal(can(reporter, 'article.view', art('published', 99)), true);
  for (const s of ['draft', 'submitted', 'returned'] as const) assert.equal(can(reporter, 'article.edit', art(s)), true, s);
  for (const s of ['approved', 'scheduled', 'published', 'unpublished', 'trashed'] as const) assert.equal(can(reporter, 'article.edit', art(s)), false, s);
  assert.equal(can(reporter, 'article.edit', art('draft', 99)), false);
});

test('reporters never review, publish, schedule, unpublish, mark breaking or pick the top story', () => {
  for (const action of ['article.review', 'article.publish', 'article.unpublish', 'article.breaking', 'article.top_story', 'audit.view', 'user.manage', 'media.edit'] as const) {
    assert.equal(can(reporter, action, art('submitted')), false, action);
    assert.throws(() => assertCan(reporter, action, art('submitted')), (e: Error & { code?: string; status?: number }) => e.code === 'CHAPAR_AUTH_FORBIDDEN' && e.status === 403);
  }
  assert.equal(can(reporter, 'article.trash', art('draft')), true);
  assert.equal(can(reporter, 'article.trash', art('returned')), true);
  assert.equal(can(reporter, 'article.trash', art('submitted')), false);
});

test('section editors act on their own sections only', () => {
  for (const action of ['article.view', 'article.edit', 'article.review', 'article.publish', 'article.unpublish', 'article.trash', 'article.breaking'] as const) {
    assert.equal(can(editor, action, art('submitted', 1, 10)), true, `${action} in section`);
    assert.equal(can(editor, action, art('submitted', 1, 20)), false, `${action} in another section`);
    assert.equal(can(editor, action, art('submitted', 1, null)), false, `${action} without a section`);
  }
  assert.equal(can(editor, 'article.top_story', art('published')), false);
  assert.equal(can(editor, 'article.view', art('published', 1, 20)), true);
  assert.equal(can(editor, 'article.edit', art('draft', 2, 20)), true, 'own article elsewhere');
  assert.equal(can(editor, 'media.edit'), true);
});

test('the chief and admins do everything with articles; only admins manage users', () => {
  for (const a of [chief, admin]) {
    for (const action of ['article.view', 'article.edit', 'article.review', 'article.publish', 'article.unpublish', 'article.trash', 'article.breaking', 'article.top_story', 'audit.view'] as const) {
      assert.equal(can(a, action, art('submitted', 99, 20)), true, `${a.role} ${action}`);
    }
  }
  assert.equal(can(chief, 'user.manage'), false);
  assert.equal(can(admin, 'user.manage'), true);
  assert.equal(can(null, 'user.manage'), true, 'the system may do everything');
});
