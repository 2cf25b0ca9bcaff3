/**
 * The newsroom's error handler: the shared JSON mapper (platform/http-errors.ts), plus a
 * message specific to the error code when the catalogue has one (`newsroom.error.<CODE>`,
 * e.g. the lockout message with its minutes), Retry-After on 429, and the upload and
 * rate-limit errors of the Fastify plugins turned into Chapar codes.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ChaparError, isChaparError } from '../platform/errors.js';
import { requestLang, toApiError } from '../platform/http-errors.js';
import { t } from '../platform/i18n/index.js';
import type { Logger } from '../platform/logger.js';

function translate(err: unknown): unknown {
  if (isChaparError(err)) return err;
  const fe = err as FastifyError;
  switch (fe?.code) {
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ChaparError('too_large', fe.code === 'FST_REQ_FILE_TOO_LARGE' ? 'CHAPAR_MEDIA_TOO_LARGE' : 'CHAPAR_HTTP_TOO_LARGE', fe.message);
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new ChaparError('unsupported', 'CHAPAR_MEDIA_NOT_MULTIPART', fe.message);
  }
  return err;
}

export function newsroomErrorHandler(logger: Logger) {
  return (raw: unknown, req: FastifyRequest, reply: FastifyReply) => {
    const err = translate(raw);
    const lang = requestLang(req);
    const { status, body } = toApiError(err, lang, logger);
    if (isChaparError(err)) {
      const key = `newsroom.error.${err.code}`;
      const specific = t(lang, key);
      if (specific !== key) {
        const minutes = err.details?.retryAfterMinutes;
        body.error.message = specific.replace('{minutes}', minutes === undefined ? '' : formatCount(Number(minutes), lang));
      }
      const retry = err.details?.retryAfterSeconds;
      if (status === 429 && typeof retry === 'number') reply.header('retry-after', String(retry));
    }
    return reply.code(status).header('cache-control', 'no-store').type('application/json; charset=utf-8').send(body);
  };
}

function formatCount(n: number, lang: string): string {
  return new Intl.NumberFormat(lang === 'fa' ? 'fa-IR' : lang === 'ar' ? 'ar' : 'en').format(n);
}
