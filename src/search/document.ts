/**
 * What gets indexed for an article: three weighted fields of analyzer tokens.
 *   title  — weight A (highest)
 *   meta   — kicker, lead and tags — weight B
 *   body   — the body text without markup — weight C
 * Both implementations index exactly these token lists, so they match exactly the same articles.
 */
import type { Article } from '../content/types.js';
import { BOUNDARY_TOKEN, documentTokens } from './tokens.js';

export interface IndexedFields {
  title: string[];
  meta: string[];
  body: string[];
}

/** Token budget of one article (PostgreSQL positions stop at 16,383; both sides cut at the same place). */
export const MAX_TITLE_TOKENS = 200;
export const MAX_META_TOKENS = 3000;
export const MAX_DOC_TOKENS = 16000;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', zwnj: '\u200c' };

/** The readable text of sanitized body HTML: tags become spaces, entities are decoded. */
export function htmlToText(html: string): string {
  if (!html) return '';
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(cp) && cp > 0 && cp < 0x110000 ? String.fromCodePoint(cp) : ' ';
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    });
}

/** The three token lists of an article, within the token budget. */
export function indexedFields(a: Pick<Article, 'title' | 'kicker' | 'lead' | 'body'> & { tags: Array<{ name: string }> | string[] }): IndexedFields {
  const title = documentTokens(a.title).slice(0, MAX_TITLE_TOKENS);
  const meta: string[] = [];
  const pieces = [a.kicker, a.lead, ...a.tags.map((t) => (typeof t === 'string' ? t : t.name))];
  for (const p of pieces) {
    const toks = documentTokens(p);
    if (!toks.length) continue;
    if (meta.length) meta.push(BOUNDARY_TOKEN);
    for (const t of toks) meta.push(t);
  }
  if (meta.length > MAX_META_TOKENS) meta.length = MAX_META_TOKENS;
  const room = Math.max(0, MAX_DOC_TOKENS - title.length - meta.length);
  const body = documentTokens(htmlToText(a.body));
  if (body.length > room) body.length = room;
  return { title, meta, body };
}
