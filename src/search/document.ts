/**
 * What gets indexed for an article: three weighted fields of analyzer tokens.
 *   title  — weight A (highest)
 *   meta   — kicker, lead and tags — weight B
 *   body   — the body text without markup — weight C
 * Both implementations index exactly these token lists, so they match exactly the same articles.
 */
import type { Article } from '../content/types.js';
import { BOUNDARY_TOKEN, documentTokens } from './tokens.js';

/**
 * Each field's analyzer tokens joined by single spaces (tokens never contain white space).
 * Joined rather than arrays: the SQLite store writes them as they are, and handing one string
 * per field from an import worker to the writer costs far less than thousands of small
 * strings (copying and garbage collection; see docs/decisions.md).
 */
export interface IndexedFields {
  title: string;
  meta: string;
  body: string;
}

/** The tokens of one field of IndexedFields. */
export const fieldTokens = (joined: string): string[] => (joined ? joined.split(' ') : []);

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

type Indexable = Pick<Article, 'title' | 'kicker' | 'lead' | 'body'> & { tags: Array<{ name: string }> | string[] };

const tagName = (t: { name: string } | string) => (typeof t === 'string' ? t : t.name);
const docKey = (a: Indexable) => `${a.title}\u0000${a.kicker}\u0000${a.lead}\u0000${a.tags.map(tagName).join('\u0001')}\u0000${a.body}`;

/**
 * Token lists computed ahead of the save (by an importer's worker thread), waiting for the
 * indexer. Bounded: entries that are never used are dropped oldest first.
 */
const primed = new Map<string, IndexedFields>();
const PRIMED_MAX = 2000;

/**
 * Hands over the token lists of an article about to be saved, computed elsewhere with
 * indexedFields; the indexer then uses them instead of analyzing the text again. They are
 * used only for exactly the same title, kicker, lead, tags and body.
 */
export function primeIndexedFields(a: Indexable, fields: IndexedFields): void {
  if (primed.size >= PRIMED_MAX) primed.delete(primed.keys().next().value!);
  primed.set(docKey(a), fields);
}

/** The three token lists of an article, within the token budget. */
export function indexedFields(a: Indexable): IndexedFields {
  if (primed.size) {
    const k = docKey(a);
    const hit = primed.get(k);
    if (hit) {
      primed.delete(k);
      return hit;
    }
  }
  return computeIndexedFields(a);
}

/** indexedFields without the primed lists (what a worker thread runs). */
export function computeIndexedFields(a: Indexable): IndexedFields {
  const title = documentTokens(a.title).slice(0, MAX_TITLE_TOKENS);
  const meta: string[] = [];
  const pieces = [a.kicker, a.lead, ...a.tags.map(tagName)];
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
  return { title: title.join(' '), meta: meta.join(' '), body: body.join(' ') };
}
