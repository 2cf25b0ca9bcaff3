/** Request helpers shared by the newsroom routes: who is signed in, input parsing, cookies. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { withActor, type ContentContext } from '../content/context.js';
import { can, type Action } from '../content/policies.js';
import type { Actor, Article } from '../content/types.js';
import type { ActiveSession } from '../content/users/sessions.js';
import type { AppDeps } from '../deps.js';
import { ChaparError, invalid, type FieldIssue } from '../platform/errors.js';

export const SESSION_COOKIE = 'chapar_session';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    /** The newsroom session, set by the session hook (null when not signed in). */
    newsroom: ActiveSession | null;
  }
  interface FastifyContextConfig {
    /** Newsroom: the route needs no session (login). */
    public?: boolean;
  }
}

/** The signed-in session, or CHAPAR_AUTH_REQUIRED (401). */
export function sessionOf(req: FastifyRequest): ActiveSession {
  if (!req.newsroom) throw new ChaparError('unauthorized', 'CHAPAR_AUTH_REQUIRED', 'Sign in first');
  return req.newsroom;
}

/** The content context acting as the signed-in user. */
export function ctxOf(deps: AppDeps, req: FastifyRequest): ContentContext {
  return withActor(deps.ctx, sessionOf(req).actor);
}

/** The actor of the signed-in user. */
export function actorOf(req: FastifyRequest): Actor {
  return sessionOf(req).actor;
}

/** Parses input with a zod schema or throws CHAPAR_NEWSROOM_INVALID naming each field. */
export function parseInput<S extends z.ZodTypeAny>(schema: S, input: unknown): z.output<S> {
  const res = schema.safeParse(input ?? {});
  if (res.success) return res.data;
  const fields: FieldIssue[] = res.error.issues.map((i) => ({
    field: i.path.join('.') || '(input)',
    message: i.message.startsWith('field.') || i.message.startsWith('newsroom.') ? i.message : 'field.invalid',
  }));
  throw invalid('CHAPAR_NEWSROOM_INVALID', `Invalid input: ${fields.map((f) => f.field).join(', ')}`, fields);
}

/** What the signed-in user may do with an article, for the UI to show or hide buttons (the server checks again). */
export function permissionsFor(actor: Actor, a: Pick<Article, 'createdBy' | 'sectionId' | 'status'>) {
  const actions: Record<string, Action> = {
    edit: 'article.edit',
    submit: 'article.submit',
    review: 'article.review',
    publish: 'article.publish',
    unpublish: 'article.unpublish',
    trash: 'article.trash',
    breaking: 'article.breaking',
    topStory: 'article.top_story',
  };
  return Object.fromEntries(Object.entries(actions).map(([k, v]) => [k, can(actor, v, a)])) as Record<keyof typeof actions, boolean>;
}

/** Cookies of a request (a tiny parser: the newsroom reads one cookie). */
export function readCookie(req: FastifyRequest, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    if (part.slice(0, i).trim() === name) {
      try {
        return decodeURIComponent(part.slice(i + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** Whether the request reached us over HTTPS (directly or behind a proxy; trustProxy is on) or the public URL is https. */
export function isSecure(deps: AppDeps, req: FastifyRequest): boolean {
  return req.protocol === 'https' || deps.config.publicUrl.startsWith('https:');
}

/** Sets (or, with value null, clears) the session cookie: HttpOnly, SameSite=Lax, Path=/, Secure over HTTPS. */
export function setSessionCookie(deps: AppDeps, req: FastifyRequest, reply: FastifyReply, value: string | null, maxAgeSeconds = 0): void {
  const parts = [`${SESSION_COOKIE}=${value ? encodeURIComponent(value) : ''}`, 'Path=/', 'HttpOnly', 'SameSite=Lax', `Max-Age=${value ? maxAgeSeconds : 0}`];
  if (!value) parts.push('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
  if (isSecure(deps, req)) parts.push('Secure');
  reply.header('set-cookie', parts.join('; '));
}
