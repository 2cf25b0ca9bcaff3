/**
 * The one place where text becomes search tokens, for documents and queries alike: the text
 * engine's analyzer, plus the few limits both databases need (token length, document size).
 */
import { analyze, analyzeQuery } from '../text/index.js';

/** Longer tokens are dropped on both sides (no real word is this long; PostgreSQL caps lexemes). */
export const MAX_TOKEN_LENGTH = 100;

/** Marks a field boundary inside a column so that a phrase never spans two fields. The analyzer never emits it. */
export const BOUNDARY_TOKEN = '|';

const keep = (t: string) => t.length > 0 && t.length <= MAX_TOKEN_LENGTH;

/** Search tokens of stored text. */
export function documentTokens(text: string): string[] {
  if (!text) return [];
  return analyze(text).filter(keep);
}

/** Search tokens of a piece of a query. */
export function queryTokens(text: string): string[] {
  if (!text) return [];
  return analyzeQuery(text).filter(keep);
}
