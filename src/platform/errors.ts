/**
 * Typed domain errors. Each carries a stable code (listed in docs/errors.md), an HTTP
 * status, whether its message may be shown to users, and optional field details.
 * One mapper (platform/http-errors.ts) turns them into JSON or pages.
 */
export type ErrorKind = 'invalid' | 'not_found' | 'gone' | 'forbidden' | 'unauthorized' | 'conflict' | 'rate_limited' | 'too_large' | 'unsupported';

const STATUS: Record<ErrorKind, number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  too_large: 413,
  unsupported: 415,
  rate_limited: 429,
};

export interface FieldIssue {
  /** Dotted path of the field at fault, e.g. "title" or "tags.2". */
  field: string;
  /** Message key in the message catalogue, or a plain English message. */
  message: string;
}

export class ChaparError extends Error {
  readonly code: string;
  readonly kind: ErrorKind;
  readonly status: number;
  readonly fields: FieldIssue[];
  readonly details: Record<string, unknown> | undefined;
  /** Whether the message may be shown to end users (5xx never are). */
  readonly expose = true;

  constructor(kind: ErrorKind, code: string, message: string, opts: { fields?: FieldIssue[]; details?: Record<string, unknown> } = {}) {
    super(message);
    this.name = 'ChaparError';
    this.kind = kind;
    this.code = code;
    this.status = STATUS[kind];
    this.fields = opts.fields ?? [];
    this.details = opts.details;
  }
}

export const invalid = (code: string, message: string, fields: FieldIssue[] = []) => new ChaparError('invalid', code, message, { fields });
export const notFound = (code: string, message: string) => new ChaparError('not_found', code, message);
export const gone = (code: string, message: string) => new ChaparError('gone', code, message);
export const forbidden = (code: string, message: string) => new ChaparError('forbidden', code, message);
export const conflict = (code: string, message: string, details?: Record<string, unknown>) => new ChaparError('conflict', code, message, { details });

export function isChaparError(e: unknown): e is ChaparError {
  return e instanceof ChaparError;
}

/** A ChaparError as plain data: what structured cloning carries between threads (no class instances). */
export interface ChaparErrorData {
  kind: ErrorKind;
  code: string;
  message: string;
  fields: FieldIssue[];
  details?: Record<string, unknown>;
}

export function chaparErrorToData(e: ChaparError): ChaparErrorData {
  return { kind: e.kind, code: e.code, message: e.message, fields: e.fields, ...(e.details ? { details: e.details } : {}) };
}

export function chaparErrorFromData(d: ChaparErrorData): ChaparError {
  return new ChaparError(d.kind, d.code, d.message, { fields: d.fields, details: d.details });
}
