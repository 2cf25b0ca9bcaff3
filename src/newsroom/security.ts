/**
 * The newsroom's guards, run on every request under /api/newsroom/v1 before the body is read:
 * 1. Origin/Referer check on every write: a browser always names the page that sent a
 *    cross-site request; it must be our public origin or the host the request came to.
 * 2. Session: the `chapar_session` cookie → a live session (only its SHA-256 is stored).
 * 3. CSRF: every write with a session must carry the session's token in `x-csrf-token`
 *    (synchronizer token; a forged form on another site cannot read or send it).
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { findSession } from '../content/users/sessions.js';
import type { AppDeps } from '../deps.js';
import { ChaparError } from '../platform/errors.js';
import { CSRF_HEADER, readCookie, SESSION_COOKIE } from './http.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOf(v: string): string | undefined {
  try {
    return new URL(v).origin;
  } catch {
    return undefined;
  }
}

/** Whether the request's Origin (or, failing that, Referer) is one of ours. Absent both (non-browser clients) it passes; the CSRF token still applies. */
export function sameOrigin(deps: AppDeps, req: FastifyRequest): boolean {
  const origin = req.headers.origin;
  const referer = req.headers.referer;
  const claimed = origin !== undefined ? (origin === 'null' ? 'null' : originOf(origin)) : referer !== undefined ? originOf(referer) : undefined;
  if (origin === undefined && referer === undefined) return true;
  if (!claimed || claimed === 'null') return false;
  const allowed = new Set<string>();
  const pub = originOf(deps.config.publicUrl);
  if (pub) allowed.add(pub);
  const own = originOf(`${req.protocol}://${req.host}`);
  if (own) allowed.add(own);
  return allowed.has(claimed);
}

function tokensEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Installs the guards on the newsroom scope. */
export function installGuards(api: FastifyInstance, deps: AppDeps): void {
  api.decorateRequest('newsroom', null);
  api.addHook('onRequest', async (req) => {
    const write = !SAFE.has(req.method);
    if (write && !sameOrigin(deps, req)) throw new ChaparError('forbidden', 'CHAPAR_AUTH_BAD_ORIGIN', 'Cross-site request refused');
    const token = readCookie(req, SESSION_COOKIE);
    req.newsroom = token ? ((await findSession(deps.ctx, token)) ?? null) : null;
    if (req.routeOptions.config?.public) return;
    if (!req.newsroom) throw new ChaparError('unauthorized', 'CHAPAR_AUTH_REQUIRED', 'Sign in first');
    if (write) {
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !tokensEqual(sent, req.newsroom.csrfToken)) throw new ChaparError('forbidden', 'CHAPAR_AUTH_CSRF', 'Missing or wrong CSRF token');
    }
  });
}
