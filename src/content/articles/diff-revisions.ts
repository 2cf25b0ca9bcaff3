import type { ContentContext } from '../context.js';
import type { ArticleSnapshot } from '../types.js';
import { loadArticle, snapshotOf } from './article-store.js';
import { getRevision } from './restore-revision.js';

/** One piece of a readable diff: unchanged, added or removed text. */
export interface DiffOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** How one field changed between two versions. */
export interface FieldDiff {
  field: string;
  before: unknown;
  after: unknown;
  /** Word-level diff of the text (for the body: of its readable text, paragraphs on their own lines). */
  ops: DiffOp[];
  /** Body only: the markup changed (bold, links…) even where the words did not. */
  markupChanged?: boolean;
}

export interface RevisionDiff {
  articleId: number;
  from: number;
  /** The version compared against; `current` when compared with the article as it is now. */
  to: number;
  fields: FieldDiff[];
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': '\u00a0' };

/** The body as readable text: block ends become new lines, other tags vanish. */
export function bodyText(html: string): string {
  return html
    .replace(/<\/(p|h[1-6]|li|blockquote|figure|figcaption|tr)>|<br\s*\/?>|<hr\s*\/?>/gi, '\n')
    .replace(/<img[^>]*alt="([^"]*)"[^>]*>/gi, '[$1]')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (m) => ENTITIES[m]!)
    .replace(/\n{2,}/g, '\n')
    .trim();
}

const tokenize = (s: string) => s.match(/\s+|[^\s]+/g) ?? [];

/** Word-level diff of two texts (LCS on words and spaces; common ends trimmed first). */
export function diffText(a: string, b: string): DiffOp[] {
  const A = tokenize(a);
  const B = tokenize(b);
  let p = 0;
  while (p < A.length && p < B.length && A[p] === B[p]) p++;
  let s = 0;
  while (s < A.length - p && s < B.length - p && A[A.length - 1 - s] === B[B.length - 1 - s]) s++;
  const a1 = A.slice(p, A.length - s);
  const b1 = B.slice(p, B.length - s);
  const ops: DiffOp[] = [];
  const push = (op: DiffOp['op'], text: string) => {
    if (!text) return;
    const last = ops[ops.length - 1];
    if (last && last.op === op) last.text += text;
    else ops.push({ op, text });
  };
  push('equal', A.slice(0, p).join(''));
  const n = a1.length;
  const m = b1.length;
  if (n * m > 4_000_000) {
    // Too large to align word by word: show the changed middle as a whole.
    push('delete', a1.join(''));
    push('insert', b1.join(''));
  } else {
    // lcs[i][j] = LCS length of a1[i:], b1[j:]
    const w = m + 1;
    const lcs = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * w + j] = a1[i] === b1[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a1[i] === b1[j]) {
        push('equal', a1[i]!);
        i++;
        j++;
      } else if (j < m && (i >= n || lcs[i * w + j + 1]! > lcs[(i + 1) * w + j]!)) {
        push('insert', b1[j]!);
        j++;
      } else {
        push('delete', a1[i]!);
        i++;
      }
    }
  }
  push('equal', A.slice(A.length - s).join(''));
  return ops;
}

const TEXT_FIELDS = ['kicker', 'title', 'dateline', 'lead', 'sourceName', 'sourceUrl', 'slug', 'featuredImageCaption', 'seoTitle', 'seoDescription'] as const;
const VALUE_FIELDS = ['status', 'sectionId', 'featuredImageId', 'isTopStory', 'isBreaking', 'isFeatured', 'publishedAt', 'scheduledAt', 'breakingUntil'] as const;

/** The fields that differ between two snapshots, each with a readable diff. */
export function diffSnapshots(a: ArticleSnapshot, b: ArticleSnapshot): FieldDiff[] {
  const out: FieldDiff[] = [];
  for (const f of TEXT_FIELDS) {
    if ((a[f] ?? '') !== (b[f] ?? '')) out.push({ field: f, before: a[f], after: b[f], ops: diffText(a[f] ?? '', b[f] ?? '') });
  }
  if (a.body !== b.body) {
    const ta = bodyText(a.body);
    const tb = bodyText(b.body);
    out.push({ field: 'body', before: a.body, after: b.body, ops: diffText(ta, tb), markupChanged: true });
  }
  for (const f of ['tags', 'authors'] as const) {
    const x = (a[f] ?? []).join('، ');
    const y = (b[f] ?? []).join('، ');
    if (x !== y) out.push({ field: f, before: a[f], after: b[f], ops: diffText(x, y) });
  }
  for (const f of VALUE_FIELDS) {
    if (JSON.stringify(a[f] ?? null) !== JSON.stringify(b[f] ?? null)) {
      out.push({ field: f, before: a[f] ?? null, after: b[f] ?? null, ops: [{ op: 'delete', text: String(a[f] ?? '') }, { op: 'insert', text: String(b[f] ?? '') }].filter((o) => o.text) as DiffOp[] });
    }
  }
  return out;
}

/** How version `from` differs from version `to` (or from the current article when `to` is omitted). */
export async function diffRevisions(ctx: ContentContext, articleId: number, from: number, to?: number): Promise<RevisionDiff> {
  const a = (await getRevision(ctx, articleId, from)).data;
  let b: ArticleSnapshot;
  let toVersion: number;
  if (to === undefined) {
    const cur = await loadArticle(ctx.db, articleId);
    b = snapshotOf(cur);
    toVersion = cur.version;
  } else {
    b = (await getRevision(ctx, articleId, to)).data;
    toVersion = to;
  }
  return { articleId, from, to: toVersion, fields: diffSnapshots(a, b) };
}
