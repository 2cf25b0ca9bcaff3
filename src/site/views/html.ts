/**
 * A tagged template for the hot, attribute-heavy parts of a page (the per-page <head> tags and
 * the article body), where building a Preact tree costs more than the markup is worth. Escape by
 * default, like Preact: every interpolated value is HTML-escaped unless it is already
 * `Html` (the result of another `html` template, or `rawHtml` for trusted markup such as
 * JSON made safe for a script element).
 */
import { escapeHtml } from '../bidi.js';

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Trusted markup, inserted as is. */
export const rawHtml = (s: string): Html => new Html(s);

type Value = string | number | Html | null | undefined | false | readonly Value[];

function toHtml(v: Value): string {
  if (v == null || v === false) return '';
  if (v instanceof Html) return v.value;
  if (Array.isArray(v)) {
    let out = '';
    for (const x of v as readonly Value[]) out += toHtml(x);
    return out;
  }
  return escapeHtml(String(v));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += toHtml(values[i]!) + strings[i + 1]!;
  return new Html(out);
}
