/**
 * Pages as bytes, assembled from parts. Markup that many pages share — the edition's head,
 * header and footer, a teaser, an edition-wide control, an article's stored body — is kept as
 * an `Encoded` part: its HTML, its UTF-8 bytes and their SHA-1, made once. A page is then the
 * bytes of those parts copied in place, plus UTF-8 for what is rendered for this request only.
 *
 * Its ETag is a SHA-1 over the page as a sequence: the bytes of each rendered run, and for each
 * part a 0xFF byte (never found in UTF-8) and the part's digest. That sequence is a one-to-one
 * function of the page's parts, so equal ETags mean equal bytes (a strong validator), the same
 * in every process; hashing it costs the page's own new bytes plus 21 per part, not the whole
 * page again.
 *
 * Inside a render, `placeEncoded(part)` stands in for the part's HTML with a marker that names
 * the part by index and carries a per-process random nonce, so no text of the content can
 * forge one; `encodePage` cuts the rendered strings at the markers. Outside a page render
 * (feeds, tests) it returns the HTML itself.
 */
import { hash, randomBytes } from 'node:crypto';
import { knownEtags } from '../page-cache/page-cache.js';

export interface Encoded {
  html: string;
  bytes: Buffer;
  /** SHA-1 of `bytes`. */
  digest: Buffer;
}

export function encoded(html: string): Encoded {
  const bytes = Buffer.from(html);
  return { html, bytes, digest: hash('sha1', bytes, 'buffer') };
}

/**
 * A marker opens with U+0001: V8 finds a character other than NUL in a two-byte string with
 * memchr on its high byte, where a NUL is searched one character at a time (the high byte of
 * every ASCII character is 0). It closes with NUL, looked for only across the index digits.
 */
const MARK_START = '\u0001';
const MARK = `${MARK_START}${randomBytes(9).toString('base64url')}:`;
const MARK_END = '\u0000';

/** The parts placed by the render in progress (renders are synchronous), or null. */
let placed: Encoded[] | null = null;

export function placeEncoded(part: Encoded): string {
  if (placed === null) return part.html;
  placed.push(part);
  return `${MARK}${placed.length - 1}${MARK_END}`;
}

/** Runs a render with `placeEncoded` active; returns its result and the parts it placed. */
export function withPlacedParts<T>(render: () => T): { result: T; parts: Encoded[] } {
  const outer = placed;
  const parts: Encoded[] = [];
  placed = parts;
  try {
    return { result: render(), parts };
  } finally {
    placed = outer;
  }
}

/**
 * Slab size. A response still being written to a slow client keeps its whole slab alive, so
 * slabs are small: at most 128 KB held per page in flight, a few pages per slab.
 */
const SLAB_BYTES = 128 * 1024;
let slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
let slabUsed = 0;

/**
 * Where the next marker starts, from `from`. Looks for its first character (a one-character
 * search is a plain scan, where a longer pattern sets up a search table on every call) and
 * checks the nonce; the same character in the content, not followed by it, stays text.
 */
function nextMark(s: string, from: number): number {
  for (let i = s.indexOf(MARK_START, from); i >= 0; i = s.indexOf(MARK_START, i + 1)) {
    if (s.startsWith(MARK, i)) return i;
  }
  return -1;
}

/** What the ETag hashes (see the top of this file), reused from page to page. */
let sequence = Buffer.allocUnsafeSlow(SLAB_BYTES);
const PART_MARK = 0xff;
const DIGEST_BYTES = 20;

/**
 * Parts and rendered strings (which may hold markers of `placed`) to one Buffer, its ETag
 * recorded in `knownEtags`. Strings are UTF-8-encoded straight into a shared slab (as Node
 * pools small Buffers): no length pass, no per-page allocation or copy. A page kept longer
 * (the page cache) is copied out of the slab by its keeper.
 */
export function encodePage(items: Array<Encoded | string>, placedParts: Encoded[] = []): Buffer {
  let max = 0;
  let seqMax = 0;
  for (const p of [items, placedParts]) {
    for (const x of p) {
      if (typeof x === 'string') {
        max += x.length * 3;
        seqMax += x.length * 3;
      } else {
        max += x.bytes.length;
        seqMax += 1 + DIGEST_BYTES;
      }
    }
  }
  if (SLAB_BYTES - slabUsed < max) {
    slab = Buffer.allocUnsafeSlow(Math.max(SLAB_BYTES, max));
    slabUsed = 0;
  }
  if (sequence.length < seqMax) sequence = Buffer.allocUnsafeSlow(seqMax);
  const seq = sequence;
  const start = slabUsed;
  let n = start;
  let m = 0;
  const putPart = (p: Encoded) => {
    n += p.bytes.copy(slab, n);
    seq[m] = PART_MARK;
    m += 1 + p.digest.copy(seq, m + 1);
  };
  const putText = (s: string) => {
    if (!s) return;
    const w = slab.write(s, n);
    m += slab.copy(seq, m, n, n + w);
    n += w;
  };
  for (const p of items) {
    if (typeof p !== 'string') {
      putPart(p);
      continue;
    }
    let i = placedParts.length ? nextMark(p, 0) : -1;
    if (i < 0) {
      putText(p);
      continue;
    }
    let at = 0;
    while (i >= 0) {
      putText(p.slice(at, i));
      const end = p.indexOf(MARK_END, i + MARK.length);
      const part = placedParts[Number(p.slice(i + MARK.length, end))]!;
      putPart(part);
      at = end + 1;
      i = nextMark(p, at);
    }
    putText(p.slice(at));
  }
  slabUsed = (n + 7) & ~7;
  const body = slab.subarray(start, n);
  knownEtags.set(body, `"${hash('sha1', seq.subarray(0, m), 'base64url').slice(0, 22)}"`);
  return body;
}
