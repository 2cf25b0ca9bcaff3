/**
 * Every newsroom route × every role: what the server allows and refuses (403), whatever the
 * UI shows. Each case runs on its own fresh article, written by a reporter in «politics».
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { changeStatus } from '../../src/content/articles/change-status.js';
import { publishArticle } from '../../src/content/articles/publish-article.js';
import { withActor } from '../../src/content/context.js';
import type { ArticleStatus } from '../../src/content/types.js';
import { buildArticle } from '../helpers/factories.js';
import { API, newsroom, signIn, type Client } from './newsroom-client.js';

type Who = 'reporter' | 'author' | 'editor' | 'otherEditor' | 'chief' | 'admin';
const EVERYONE: Who[] = ['reporter', 'author', 'editor', 'otherEditor', 'chief', 'admin'];
const WRITERS: Who[] = ['author', 'editor', 'chief', 'admin'];
const DESK: Who[] = ['editor', 'chief', 'admin'];
const CHIEFS: Who[] = ['chief', 'admin'];

interface Fixture {
  id: number;
  version: number;
  mediaId: number;
  targetUserId: number;
  n: number;
}

interface Case {
  name: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: (f: Fixture) => string;
  body?: (f: Fixture) => unknown;
  status?: ArticleStatus;
  allowed: Who[];
  /** The status an allowed request answers, when not 2xx. */
  okStatus?: number;
}

const future = () => new Date(Date.parse('2026-11-28T09:00:00Z')).toISOString();

const CASES: Case[] = [
  { name: 'list articles', method: 'GET', path: () => '/articles?view=all', allowed: EVERYONE },
  { name: 'create article', method: 'POST', path: () => '/articles', body: () => ({ title: 'تازه' }), allowed: EVERYONE },
  { name: 'read a draft', method: 'GET', path: (f) => `/articles/${f.id}`, allowed: WRITERS },
  { name: 'read a published article', method: 'GET', path: (f) => `/articles/${f.id}`, status: 'published', allowed: EVERYONE },
  { name: 'save a draft', method: 'PATCH', path: (f) => `/articles/${f.id}`, body: (f) => ({ expectedVersion: f.version, lead: 'لید' }), allowed: WRITERS },
  { name: 'save a returned article', method: 'PATCH', path: (f) => `/articles/${f.id}`, body: (f) => ({ expectedVersion: f.version, lead: 'لید' }), status: 'returned', allowed: WRITERS },
  { name: 'save a published article', method: 'PATCH', path: (f) => `/articles/${f.id}`, body: (f) => ({ expectedVersion: f.version, lead: 'لید' }), status: 'published', allowed: DESK },
  { name: 'submit', method: 'POST', path: (f) => `/articles/${f.id}/submit`, body: () => ({}), allowed: WRITERS },
  { name: 'approve', method: 'POST', path: (f) => `/articles/${f.id}/approve`, body: () => ({}), status: 'submitted', allowed: DESK },
  { name: 'return with a comment', method: 'POST', path: (f) => `/articles/${f.id}/return`, body: () => ({ comment: 'اصلاح شود' }), status: 'submitted', allowed: DESK },
  { name: 'publish now', method: 'POST', path: (f) => `/articles/${f.id}/publish`, body: () => ({}), status: 'approved', allowed: DESK },
  { name: 'schedule', method: 'POST', path: (f) => `/articles/${f.id}/publish`, body: () => ({ at: future() }), status: 'approved', allowed: DESK },
  { name: 'publish own draft', method: 'POST', path: (f) => `/articles/${f.id}/publish`, body: () => ({}), allowed: DESK },
  { name: 'publish as breaking', method: 'POST', path: (f) => `/articles/${f.id}/publish`, body: () => ({ breakingUntil: future() }), allowed: DESK },
  { name: 'unpublish', method: 'POST', path: (f) => `/articles/${f.id}/unpublish`, body: () => ({}), status: 'published', allowed: DESK },
  { name: 'trash a draft', method: 'POST', path: (f) => `/articles/${f.id}/trash`, body: () => ({}), allowed: WRITERS },
  { name: 'trash a published article', method: 'POST', path: (f) => `/articles/${f.id}/trash`, body: () => ({}), status: 'published', allowed: DESK },
  { name: 'take out of the trash', method: 'POST', path: (f) => `/articles/${f.id}/untrash`, body: () => ({}), status: 'trashed', allowed: DESK },
  { name: 'mark breaking', method: 'POST', path: (f) => `/articles/${f.id}/breaking`, body: () => ({ on: true, until: future() }), status: 'published', allowed: DESK },
  { name: 'pick the top story', method: 'POST', path: (f) => `/articles/${f.id}/top-story`, body: () => ({ on: true }), status: 'published', allowed: CHIEFS },
  { name: 'list revisions', method: 'GET', path: (f) => `/articles/${f.id}/revisions`, allowed: WRITERS },
  { name: 'read a revision', method: 'GET', path: (f) => `/articles/${f.id}/revisions/1`, allowed: WRITERS },
  { name: 'diff revisions', method: 'GET', path: (f) => `/articles/${f.id}/revisions/1/diff`, allowed: WRITERS },
  { name: 'restore a revision', method: 'POST', path: (f) => `/articles/${f.id}/revisions/1/restore`, body: (f) => ({ expectedVersion: f.version }), allowed: WRITERS },
  { name: 'read notes', method: 'GET', path: (f) => `/articles/${f.id}/notes`, allowed: WRITERS },
  { name: 'add a note', method: 'POST', path: (f) => `/articles/${f.id}/notes`, body: () => ({ body: 'یادداشت' }), allowed: WRITERS },
  { name: 'read conflict copies', method: 'GET', path: (f) => `/articles/${f.id}/conflicts`, allowed: WRITERS },
  { name: 'article audit', method: 'GET', path: (f) => `/articles/${f.id}/audit`, allowed: WRITERS },
  { name: 'who is editing', method: 'GET', path: (f) => `/articles/${f.id}/lock`, allowed: WRITERS },
  { name: 'open for editing', method: 'POST', path: (f) => `/articles/${f.id}/lock`, body: () => ({}), allowed: WRITERS },
  { name: 'wait for lock changes', method: 'GET', path: (f) => `/articles/${f.id}/lock/wait?timeout=1`, allowed: WRITERS },
  { name: 'whole audit log', method: 'GET', path: () => '/audit', allowed: CHIEFS },
  { name: 'list users', method: 'GET', path: () => '/users', allowed: ['admin'] },
  { name: 'create a user', method: 'POST', path: () => '/users', body: (f) => ({ email: `new${f.n}@example.test`, role: 'reporter', password: 'long enough pass' }), allowed: ['admin'] },
  { name: 'read a user', method: 'GET', path: (f) => `/users/${f.targetUserId}`, allowed: ['admin'] },
  { name: 'edit a user', method: 'PATCH', path: (f) => `/users/${f.targetUserId}`, body: () => ({ displayName: 'نام تازه' }), allowed: ['admin'] },
  { name: 'sign a user out everywhere', method: 'POST', path: (f) => `/users/${f.targetUserId}/logout-everywhere`, body: () => ({}), allowed: ['admin'] },
  { name: 'media library', method: 'GET', path: () => '/media', allowed: EVERYONE },
  { name: 'one image', method: 'GET', path: (f) => `/media/${f.mediaId}`, allowed: EVERYONE },
  { name: 'upload (not multipart: refused as such, never as forbidden)', method: 'POST', path: () => '/media', body: () => ({}), allowed: EVERYONE, okStatus: 415 },
  { name: "edit someone else's image", method: 'PATCH', path: (f) => `/media/${f.mediaId}`, body: () => ({ caption: 'شرح' }), allowed: ['editor', 'otherEditor', 'chief', 'admin'] },
  { name: 'sections', method: 'GET', path: () => '/sections', allowed: EVERYONE },
  { name: 'tag autocomplete', method: 'GET', path: () => '/tags?q=x', allowed: EVERYONE },
  { name: 'author autocomplete', method: 'GET', path: () => '/authors?q=x', allowed: EVERYONE },
  { name: 'typography preview', method: 'POST', path: () => '/typography/preview', body: () => ({ texts: ['كتاب'] }), allowed: EVERYONE },
  { name: 'newsroom search', method: 'GET', path: () => '/search?q=خبر', allowed: EVERYONE },
  { name: 'own session', method: 'GET', path: () => '/auth/session', allowed: EVERYONE },
];

test('roles × routes: the server enforces who may do what on every route', async (t) => {
  const { rt, app } = await newsroom(t);
  const clients: Record<Who, Client> = {
    reporter: await signIn(app, rt, 'reporter'),
    author: await signIn(app, rt, 'reporter'),
    editor: await signIn(app, rt, 'section_editor', ['politics']),
    otherEditor: await signIn(app, rt, 'section_editor', ['economy']),
    chief: await signIn(app, rt, 'chief_editor'),
    admin: await signIn(app, rt, 'admin'),
  };
  const authorActor = { userId: clients.author.userId, role: 'reporter' as const, sectionIds: [] };
  const target = await signIn(app, rt, 'reporter');
  const { id: mediaId } = await rt.ctx.db
    .insertInto('media')
    .values({ kind: 'image', originalName: 'a.jpg', storageKey: 'x/a.jpg', mime: 'image/jpeg', width: 10, height: 10, bytes: 1, alt: '', caption: '', credit: '', variants: '[]', createdAt: 0, createdBy: target.userId })
    .returning('id')
    .executeTakeFirstOrThrow();

  let n = 0;
  async function fixture(status: ArticleStatus = 'draft'): Promise<Fixture> {
    const a = await buildArticle(rt, {}, authorActor);
    let version = a.version;
    const move = async (to: ArticleStatus) => {
      const r = await changeStatus(withActor(rt.ctx, null), a.id, { action: 'article.edit', from: [to === 'draft' ? 'draft' : (await rt.ctx.db.selectFrom('articles').select('status').where('id', '=', a.id).executeTakeFirstOrThrow()).status as ArticleStatus], to, event: 'article.updated' });
      version = r.version;
    };
    if (status === 'published') version = (await publishArticle(rt.ctx, a.id)).version;
    else if (status !== 'draft') await move(status);
    return { id: a.id, version, mediaId, targetUserId: target.userId, n: ++n };
  }

  const failures: string[] = [];
  for (const c of CASES) {
    for (const who of EVERYONE) {
      const f = await fixture(c.status);
      const res = await clients[who].req(c.method, c.path(f), c.body?.(f));
      const allowed = c.allowed.includes(who);
      const ok = allowed ? (c.okStatus ? res.statusCode === c.okStatus : res.statusCode >= 200 && res.statusCode < 300) : res.statusCode === 403 && res.json().error.code === 'CHAPAR_AUTH_FORBIDDEN';
      if (!ok) failures.push(`${c.name} as ${who}: expected ${allowed ? c.okStatus ?? '2xx' : 403}, got ${res.statusCode} ${res.body.slice(0, 200)}`);
    }
    // Without a session every route answers 401.
    const f = await fixture(c.status);
    const anon = await app.inject({ method: c.method, url: `${API}${c.path(f)}`, ...(c.body ? { payload: c.body(f) as never } : {}) });
    if (anon.statusCode !== 401) failures.push(`${c.name} without a session: expected 401, got ${anon.statusCode}`);
  }
  assert.deepEqual(failures, []);
});
