/**
 * The newsroom API client: JSON in and out, the CSRF token on every non-GET request (kept in
 * memory only; after a reload it comes back from GET /auth/session), Accept-Language so the
 * server's messages are in the UI language, and typed errors.
 */
import { t, uiLang } from './i18n/index.js';
import type {
  EditorPayload,
  ListItem,
  Lock,
  Media,
  Note,
  Page,
  RevisionDiff,
  RevisionItem,
  SearchHit,
  Section,
  Session,
  TypographyPreview,
  User,
  Named,
} from './types.js';

export const API = '/api/newsroom/v1';

/** An error answer of the API (or a network failure, code CHAPAR_UI_NETWORK), with a message in the UI language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Array<{ field: string; message: string }> = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The CSRF token held in memory (for a keepalive request on page hide). */
export function currentCsrf(): string {
  return csrfToken ?? '';
}

/** Called when an answer says the session is gone (401 CHAPAR_AUTH_REQUIRED). */
export function setUnauthorizedHandler(fn: () => void): void {
  onUnauthorized = fn;
}


/** A query string from defined values. */
export function qs(params: Record<string, string | number | boolean | undefined | null>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
}

async function toError(res: Response): Promise<ApiError> {
  let body: { error?: { code?: string; message?: string; fields?: Array<{ field: string; message: string }>; details?: Record<string, unknown> } } = {};
  try {
    body = await res.json();
  } catch {
    /* not JSON */
  }
  const e = body.error;
  const fallback = res.status === 403 ? t('error.forbidden') : res.status === 404 ? t('error.notFound') : t('error.unknown');
  return new ApiError(res.status, e?.code ?? `HTTP_${res.status}`, e?.message || fallback, e?.fields ?? [], e?.details ?? {});
}

/** One request. Throws ApiError. */
export async function request<T>(method: string, path: string, body?: unknown, opts: { signal?: AbortSignal; raw?: boolean } = {}): Promise<T> {
  // The UI language goes in Accept-Language, not ?lang= (on some routes `lang` filters by edition).
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': uiLang() };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  } else if (method !== 'GET' && method !== 'DELETE') {
    headers['content-type'] = 'application/json';
    payload = '{}';
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(API + path, { method, headers, body: payload, credentials: 'same-origin', signal: opts.signal });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'CHAPAR_UI_NETWORK', t('error.network'));
  }
  if (!res.ok) {
    const err = await toError(res);
    if (err.code === 'CHAPAR_AUTH_REQUIRED' && onUnauthorized) onUnauthorized();
    throw err;
  }
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/** A message for any error, for display. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) {
    if (e.fields.length && (e.code === 'CHAPAR_NEWSROOM_INVALID' || e.code === 'CHAPAR_CONTENT_INVALID')) {
      return `${e.message} ${t('error.fields', { fields: e.fields.map((f) => fieldName(f.field)).join('، ') })}`;
    }
    return e.message;
  }
  return t('error.unknown');
}

function fieldName(f: string): string {
  const key = `field.${f}` as Parameters<typeof t>[0];
  const s = t(key);
  return s === key ? f : s;
}

const enc = encodeURIComponent;

/** The API, one function per route (docs/newsroom-api.md). */
export const api = {
  login: (email: string, password: string) => request<Session>('POST', '/auth/login', { email, password }),
  session: () => request<Session>('GET', '/auth/session'),
  logout: () => request<void>('POST', '/auth/logout'),
  logoutEverywhere: () => request<{ ended: number }>('POST', '/auth/logout-everywhere'),
  changePassword: (currentPassword: string, newPassword: string) => request<void>('POST', '/auth/password', { currentPassword, newPassword }),

  users: () => request<{ items: User[] }>('GET', '/users'),
  createUser: (u: { email: string; role: string; password: string; displayName?: string; sectionIds?: number[] }) => request<{ user: User }>('POST', '/users', u),
  updateUser: (id: number, patch: Partial<{ displayName: string; role: string; sectionIds: number[]; disabled: boolean; password: string }>) => request<{ user: User }>('PATCH', `/users/${id}`, patch),
  userLogoutEverywhere: (id: number) => request<{ ended: number }>('POST', `/users/${id}/logout-everywhere`),

  articles: (q: { view?: string; status?: string; sectionId?: number | ''; q?: string; page?: number; limit?: number }) => request<Page<ListItem>>('GET', `/articles${qs(q)}`),
  createArticle: (fields: Record<string, unknown>) => request<EditorPayload>('POST', '/articles', fields),
  article: (id: number) => request<EditorPayload>('GET', `/articles/${id}`),
  saveArticle: (id: number, expectedVersion: number, fields: Record<string, unknown>) => request<EditorPayload>('PATCH', `/articles/${id}`, { expectedVersion, ...fields }),
  notes: (id: number) => request<{ items: Note[] }>('GET', `/articles/${id}/notes`),
  addNote: (id: number, body: string) => request<{ items: Note[] }>('POST', `/articles/${id}/notes`, { body }),
  workflow: (id: number, action: string, body: Record<string, unknown> = {}) => request<EditorPayload>('POST', `/articles/${id}/${action}`, body),

  revisions: (id: number) => request<{ items: RevisionItem[] }>('GET', `/articles/${id}/revisions`),
  diff: (id: number, version: number) => request<RevisionDiff>('GET', `/articles/${id}/revisions/${version}/diff`),
  restore: (id: number, version: number, expectedVersion: number) => request<EditorPayload>('POST', `/articles/${id}/revisions/${version}/restore`, { expectedVersion }),

  lock: (id: number, body: { token?: string; takeOver?: boolean }) => request<Lock>('POST', `/articles/${id}/lock`, body),
  unlock: (id: number, token: string) => request<void>('DELETE', `/articles/${id}/lock?token=${enc(token)}`),
  lockWait: (id: number, token: string | undefined, signal: AbortSignal) => request<Lock>('GET', `/articles/${id}/lock/wait${qs({ token, timeout: 25 })}`, undefined, { signal }),

  media: (q: { q?: string; page?: number; limit?: number }) => request<Page<Media>>('GET', `/media${qs(q)}`),
  mediaItem: (id: number) => request<{ media: Media }>('GET', `/media/${id}`),
  upload: (form: FormData) => request<{ media: Media }>('POST', '/media', form),
  updateMedia: (id: number, patch: { alt?: string; caption?: string; credit?: string }) => request<{ media: Media }>('PATCH', `/media/${id}`, patch),

  sections: () => request<{ items: Section[] }>('GET', '/sections'),
  tags: (q: string, lang = 'fa') => request<{ items: Named[] }>('GET', `/tags${qs({ q, lang, limit: 10 })}`),
  authors: (q: string) => request<{ items: Named[] }>('GET', `/authors${qs({ q, limit: 10 })}`),
  typography: (body: { lang: string; texts?: string[]; html?: string }) => request<TypographyPreview>('POST', '/typography/preview', body),
  search: (q: { q: string; page?: number }) => request<{ engine: string; total: number; items: SearchHit[] }>('GET', `/search${qs(q)}`),
};
