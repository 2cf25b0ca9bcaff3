/**
 * Reads a reader's query: words, "exact phrases" (also «…» and “…”), and -excluded words or
 * -"phrases". Everything else — search-engine syntax such as AND/OR/NEAR, `*`, parentheses,
 * unbalanced quotes, control characters — is plain text and goes through the analyzer like
 * any word, so no input can reach a database's query language unescaped.
 */
import { queryTokens } from './tokens.js';

/** A required or excluded unit: one token, or several that must appear next to each other. */
export interface Clause {
  tokens: string[];
}

export interface ParsedQuery {
  /** Every one must match (AND). */
  must: Clause[];
  /** None may match. */
  not: Clause[];
  /** Some of the query was ignored (too long or too many words). */
  truncated: boolean;
  /** The query had no characters other than spaces and control characters. */
  empty: boolean;
}

/** Characters of the query that are read at all (a longer query is cut, never refused). */
export const MAX_QUERY_CHARS = 2000;
/** At most this many required plus excluded clauses (like the big web search engines). */
export const MAX_CLAUSES = 32;

const QUOTES = new Set(['"', '«', '»', '“', '”', '„', '″']);
const MINUS = new Set(['-', '−', '–']);
// C0/C1 controls and the Unicode line/paragraph separators become spaces.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);

/** Parses any string (never throws). */
export function parseQuery(input: unknown): ParsedQuery {
  let q = typeof input === 'string' ? input : '';
  let truncated = false;
  if (q.length > MAX_QUERY_CHARS) {
    q = q.slice(0, MAX_QUERY_CHARS);
    truncated = true;
  }
  q = q.replace(CONTROL, ' ');
  const empty = q.trim() === '';
  const must: Clause[] = [];
  const not: Clause[] = [];
  const seen = new Set<string>();
  const add = (list: Clause[], tokens: string[], sign: string) => {
    if (!tokens.length) return;
    const key = sign + tokens.join(' ');
    if (seen.has(key)) return;
    seen.add(key);
    list.push({ tokens });
  };

  let run = '';
  const flushRun = () => {
    // A run of plain words is analyzed as a whole: the analyzer rejoins «مي شود» into one token.
    for (const t of queryTokens(run)) add(must, [t], '+');
    run = '';
  };
  const n = q.length;
  let i = 0;
  while (i < n) {
    const ch = q[i]!;
    if (QUOTES.has(ch)) {
      flushRun();
      const end = findClosingQuote(q, i + 1);
      add(must, queryTokens(q.slice(i + 1, end)), '+');
      i = end + 1;
      continue;
    }
    if (MINUS.has(ch) && isSpace(q[i - 1]) && !isSpace(q[i + 1]) && !MINUS.has(q[i + 1]!)) {
      flushRun();
      let text: string;
      if (QUOTES.has(q[i + 1]!)) {
        const end = findClosingQuote(q, i + 2);
        text = q.slice(i + 2, end);
        i = end + 1;
      } else {
        let j = i + 1;
        while (j < n && !isSpace(q[j]) && !QUOTES.has(q[j]!)) j++;
        text = q.slice(i + 1, j);
        i = j;
      }
      // Several tokens from one excluded word (e.g. «covid-19») are excluded as a phrase.
      add(not, queryTokens(text), '-');
      continue;
    }
    run += ch;
    i++;
  }
  flushRun();

  if (must.length + not.length > MAX_CLAUSES) {
    truncated = true;
    must.splice(MAX_CLAUSES);
    not.splice(Math.max(0, MAX_CLAUSES - must.length));
  }
  return { must, not, truncated, empty };
}

/** Index of the quote closing a phrase that opened before `from`, or the end (an unbalanced quote runs to the end). */
function findClosingQuote(q: string, from: number): number {
  for (let j = from; j < q.length; j++) if (QUOTES.has(q[j]!)) return j;
  return q.length;
}

/** Every token the query looks for (for highlighting). */
export function positiveTokens(p: ParsedQuery): Set<string> {
  const out = new Set<string>();
  for (const c of p.must) for (const t of c.tokens) out.add(t);
  return out;
}
