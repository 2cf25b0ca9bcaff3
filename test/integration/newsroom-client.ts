/** Test helpers for the newsroom API: an app on a fresh database and signed-in clients. */
import assert from 'node:assert/strict';
import type { TestContext } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Role } from '../../src/content/types.js';
import { buildUser } from '../helpers/factories.js';
import { buildTestApp, type TestRuntimeOptions } from '../helpers/runtime.js';

export const API = '/api/newsroom/v1';

export interface Client {
  userId: number;
  email: string;
  password: string;
  cookie: string;
  csrf: string;
  /** A request with the session cookie and (for writes) the CSRF token. */
  req(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
}

/** The value of the session cookie a response set. */
export function sessionCookie(res: LightMyRequestResponse): string | undefined {
  const set = res.headers['set-cookie'];
  const list = Array.isArray(set) ? set : set ? [String(set)] : [];
  const c = list.find((x) => x.startsWith('chapar_session='));
  return c?.split(';')[0];
}

export async function login(app: FastifyInstance, email: string, password: string): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url: `${API}/auth/login`, payload: { email, password } });
}

export function clientFor(app: FastifyInstance, cookie: string, csrf: string, user: { userId: number; email: string; password: string }): Client {
  return {
    ...user,
    cookie,
    csrf,
    req: (method, path, body, headers = {}) =>
      app.inject({
        method: method as never,
        url: `${API}${path}`,
        headers: { cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': csrf }), ...headers },
        ...(body !== undefined ? { payload: body as never } : {}),
      }),
  };
}

/** Creates a user with this role (sections by slug) and signs them in. */
export async function signIn(app: FastifyInstance, rt: Parameters<typeof buildUser>[0], role: Role, sections: string[] = []): Promise<Client> {
  const u = await buildUser(rt, role, { sections });
  const res = await login(app, u.email, u.password);
  assert.equal(res.statusCode, 200, res.body);
  const cookie = sessionCookie(res);
  assert.ok(cookie, 'login sets the session cookie');
  return clientFor(app, cookie, res.json().csrfToken, { userId: u.actor.userId, email: u.email, password: u.password });
}

/** The app with one signed-in user per role (section staff on «politics»). */
export async function newsroom(t: TestContext, opts: TestRuntimeOptions = {}) {
  const { rt, app } = await buildTestApp(t, opts);
  const politics = (await rt.ctx.db.selectFrom('sections').select('id').where('lang', '=', 'fa').where('slug', '=', 'politics').executeTakeFirstOrThrow()).id;
  const economy = (await rt.ctx.db.selectFrom('sections').select('id').where('lang', '=', 'fa').where('slug', '=', 'economy').executeTakeFirstOrThrow()).id;
  return { rt, app, politics, economy };
}
