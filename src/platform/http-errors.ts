import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isChaparError } from './errors.js';
import { langFromAcceptLanguage, t, type UiLang } from './i18n/index.js';
import type { Logger } from './logger.js';

/** The JSON body of every API error. */
export interface ApiErrorBody {
  error: {
    code: string;
    message: string;
    fields?: Array<{ field: string; message: string }>;
    details?: Record<string, unknown>;
  };
}

/** The language errors are told in: ?lang=, then Accept-Language, Persian by default. */
export function requestLang(req: FastifyRequest): UiLang {
  const q = (req.query as Record<string, unknown> | undefined)?.lang;
  if (q === 'fa' || q === 'ar' || q === 'en') return q;
  return langFromAcceptLanguage(req.headers['accept-language']);
}

/**
 * Maps any thrown error to a status and a JSON body in the user's language. Domain errors
 * keep their code and field list; validation errors from Fastify become 400; anything else
 * is a 500 whose internals are logged, never shown.
 */
export function toApiError(err: unknown, lang: UiLang, logger?: Logger): { status: number; body: ApiErrorBody } {
  if (isChaparError(err)) {
    return {
      status: err.status,
      body: {
        error: {
          code: err.code,
          message: t(lang, `error.${err.kind}`),
          ...(err.fields.length ? { fields: err.fields.map((f) => ({ field: f.field, message: t(lang, f.message) })) } : {}),
          ...(err.details ? { details: err.details } : {}),
        },
      },
    };
  }
  const fe = err as FastifyError;
  if (fe && typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    const kind = fe.statusCode === 413 ? 'too_large' : fe.statusCode === 415 ? 'unsupported' : fe.statusCode === 429 ? 'rate_limited' : fe.statusCode === 404 ? 'not_found' : fe.statusCode === 403 ? 'forbidden' : fe.statusCode === 401 ? 'unauthorized' : 'invalid';
    return { status: fe.statusCode, body: { error: { code: `CHAPAR_HTTP_${kind.toUpperCase()}`, message: t(lang, `error.${kind}`) } } };
  }
  logger?.error({ err }, 'unhandled error');
  return { status: 500, body: { error: { code: 'CHAPAR_INTERNAL', message: t(lang, 'error.internal') } } };
}

/** Fastify error handler for JSON routes. */
export function jsonErrorHandler(logger: Logger) {
  return (err: unknown, req: FastifyRequest, reply: FastifyReply) => {
    const { status, body } = toApiError(err, requestLang(req), logger);
    return reply.code(status).type('application/json; charset=utf-8').send(body);
  };
}
