/** «What changed» for the newsroom: normalizePersian plus a list of the edits it made. */
import { normalizePersian } from './normalize.js';

export type ChangeKind = 'letter' | 'digit' | 'space' | 'punctuation' | 'zwnj' | 'kashida' | 'quote';

export interface TextChange {
  /** start offset in the original text (UTF-16 units) */
  from: number;
  /** end offset (exclusive) in the original text */
  to: number;
  before: string;
  after: string;
  kind: ChangeKind;
}

/** Cap on edit distance for the exact diff; beyond it the middle is reported as one change. */
const MAX_D = 4000;

/** Myers O((N+M)·D) diff producing [origStart, origEnd, newStart, newEnd] hunks. */
function diff(a: string, b: string): Array<[number, number, number, number]> {
  // trim common prefix/suffix first (the common case: few local edits)
  let p = 0;
  while (p < a.length && p < b.length && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  const A = a.slice(p, a.length - s);
  const B = b.slice(p, b.length - s);
  const N = A.length;
  const M = B.length;
  if (N === 0 && M === 0) return [];
  if (N === 0 || M === 0) return [[p, p + N, p, p + M]];
  const max = Math.min(N + M, MAX_D);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])) x = v[offset + k + 1];
      else x = v[offset + k - 1] + 1;
      let y = x - k;
      while (x < N && y < M && A.charCodeAt(x) === B.charCodeAt(y)) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= N && y >= M) {
        found = d;
        break;
      }
    }
    if (found >= 0) break;
  }
  if (found < 0) return [[p, p + N, p, p + M]];
  // backtrack into a list of single-char edits, then merge into hunks
  const edits: Array<[number, number, 'del' | 'ins']> = [];
  let x = N;
  let y = M;
  for (let d = found; d > 0; d--) {
    const vv = trace[d];
    const k = x - y;
    const down = k === -d || (k !== d && vv[offset + k - 1] < vv[offset + k + 1]);
    const prevK = down ? k + 1 : k - 1;
    const prevX = vv[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
    }
    if (down) edits.push([x, y - 1, 'ins']);
    else edits.push([x - 1, y, 'del']);
    x = prevX;
    y = prevY;
  }
  edits.reverse();
  const hunks: Array<[number, number, number, number]> = [];
  for (const [ex, ey, t] of edits) {
    const as = t === 'del' ? ex : ex;
    const ae = t === 'del' ? ex + 1 : ex;
    const bs = t === 'ins' ? ey : ey;
    const be = t === 'ins' ? ey + 1 : ey;
    const last = hunks[hunks.length - 1];
    if (last && as <= last[1] && bs <= last[3]) {
      last[1] = Math.max(last[1], ae);
      last[3] = Math.max(last[3], be);
    } else hunks.push([as, ae, bs, be]);
  }
  return hunks.map(([a0, a1, b0, b1]) => [a0 + p, a1 + p, b0 + p, b1 + p]);
}

function classify(before: string, after: string): ChangeKind {
  const both = before + after;
  if (/[\u0640]/.test(before) && after.replace(/\u0640/g, '') === before.replace(/\u0640/g, '').replace(/\u0640/g, '')) return 'kashida';
  if (/\u200c/.test(both)) return 'zwnj';
  if (/["«»]/.test(both)) return 'quote';
  if (/[0-9\u0660-\u0669\u06f0-\u06f9]/.test(both)) return 'digit';
  if (/^[\s]*$/.test(before) && /^[\s]*$/.test(after)) return 'space';
  if (/[^\s\p{L}\p{N}\p{M}]/u.test(both)) return 'punctuation';
  if (/\u0640/.test(before)) return 'kashida';
  if (/^\s*$/.test(before.replace(/[\p{L}\p{M}]/gu, '')) && /\s/.test(both) && before.replace(/\s/g, '') === after.replace(/\s/g, '')) return 'space';
  return 'letter';
}

/** Like normalizePersian but also returns the list of changes (offsets into the original text). */
export function normalizeWithChanges(text: string): { text: string; changes: TextChange[] } {
  const out = normalizePersian(text);
  if (out === text) return { text: out, changes: [] };
  const changes: TextChange[] = diff(text, out).map(([a0, a1, b0, b1]) => {
    const before = text.slice(a0, a1);
    const after = out.slice(b0, b1);
    return { from: a0, to: a1, before, after, kind: classify(before, after) };
  });
  return { text: out, changes };
}
