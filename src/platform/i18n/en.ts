import type { MessageKey } from './fa.js';

/** English strings. */
export const en: Record<MessageKey, string> = {
  'field.required': 'This field is required.',
  'field.too_long': 'This field is too long.',
  'field.too_short': 'This field is too short.',
  'field.invalid': 'This value is not valid.',
  'field.invalid_url': 'This is not a valid URL.',
  'field.invalid_email': 'This is not a valid e-mail address.',
  'field.unknown_section': 'The chosen section does not exist.',
  'error.invalid': 'The submitted data is not valid.',
  'error.not_found': 'What you asked for was not found.',
  'error.gone': 'This article is no longer available.',
  'error.forbidden': 'You are not allowed to do that.',
  'error.unauthorized': 'You need to sign in to do that.',
  'error.conflict': 'Someone else saved this article in the meantime. Review the newer version and save again.',
  'error.rate_limited': 'Too many requests. Try again in a little while.',
  'error.too_large': 'The data is larger than allowed.',
  'error.unsupported': 'This kind of data is not supported.',
  'error.internal': 'Something went wrong on the server. Please try again.',
};
