/**
 * Mixed-direction text: runs of Latin letters, digits and URLs inside Persian or Arabic text
 * («دفاتر ICT روستایی», «۲ ستون») are wrapped in <bdi> so the bidi algorithm keeps their
 * punctuation and order; the surrounding text keeps the edition's direction.
 */
import type { ComponentChildren } from 'preact';

// A run starts and ends with a Latin letter or any digit; inside it may hold spaces and the
// punctuation of URLs, e-mail addresses, versions and numbers.
const RUN = /[A-Za-z0-9\u06F0-\u06F9\u0660-\u0669](?:[A-Za-z0-9\u06F0-\u06F9\u0660-\u0669 .,:;/_@%+&=?#~\-]*[A-Za-z0-9\u06F0-\u06F9\u0660-\u0669%/])?/g;
const HAS_RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/** Splits text into plain strings and <bdi> runs (only when the text mixes directions). */
export function isolate(text: string): ComponentChildren {
  if (!text || !HAS_RTL.test(text)) return text;
  const out: ComponentChildren[] = [];
  let last = 0;
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push(<bdi>{m[0]}</bdi>);
    last = m.index + m[0].length;
  }
  if (!out.length) return text;
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** The same isolation as an HTML string (feed item content), escaping the text. */
export function isolateHtml(text: string): string {
  if (!HAS_RTL.test(text)) return escapeHtml(text);
  let out = '';
  let last = 0;
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    out += escapeHtml(text.slice(last, m.index)) + '<bdi>' + escapeHtml(m[0]) + '</bdi>';
    last = m.index + m[0].length;
  }
  return out + escapeHtml(text.slice(last));
}

const NEEDS_ESCAPE = /[&<>"']/;
const ESCAPE_ALL = /[&<>"']/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value → HTML (one scan when there is nothing to escape). */
export function escapeHtml(s: string): string {
  return NEEDS_ESCAPE.test(s) ? s.replace(ESCAPE_ALL, (c) => ENTITIES[c]!) : s;
}

/** Text with its Latin/digit runs isolated. */
export function Bidi({ text }: { text: string }) {
  return <>{isolate(text)}</>;
}
