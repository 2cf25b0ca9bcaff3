/**
 * Pages as bytes, assembled from parts. Markup that many pages share — the edition's head,
 * header and footer, a teaser, an edition-wide control — is kept as an `Encoded` part: its
 * HTML, its UTF-8 bytes and their SHA-1, made once. A page is then the bytes of those parts
 * copied in place, plus UTF-8 for what is rendered for this request only; its ETag is a
 * SHA-1 over its own new bytes and the parts' digests (a function of the page's bytes, like
 * a digest of the whole page, at a fraction of the hashing).
 *
 * Inside a Preact render, `placeEncoded(part)` stands in for the part's HTML with a marker
 * that names the part by index and carries a per-process random nonce, so no text of the
 * content can forge one; `encodePage` cuts the rendered strings at the markers. Outside a
 * page render (feeds, tests) it returns the HTML itself.
 */
import { randomBytes } from 'node:crypto';
import { etagOf, knownEtags } from '../page-cache/page-cache.js';

export interface Encoded {
  html: string;
  bytes: Buffer;
}

export function encoded(html: string): Encoded {
  return { html, bytes: Buffer.from(html) };
}

const MARK = `\u0000${randomBytes(9).toString('base64url')}:`;
const MARK_END = '\u0000';

/** The parts placed by the render in progress (renders are synchronous), or null. */
let placed: Array<Encoded | string> | null = null;

export function placeEncoded(part: Encoded): string {
  if (placed === null) return part.html;
  placed.push(part);
  return `${MARK}${placed.length - 1}${MARK_END}`;
}

/**
 * Trusted HTML made for this page only, kept out of the surrounding string: a run of pure
 * ASCII (share links with percent-encoded titles) is encoded to UTF-8 as a plain copy when
 * it is not joined to Persian text.
 */
export function placeHtml(html: string): string {
  if (placed === null) return html;
  placed.push(html);
  return `${MARK}${placed.length - 1}${MARK_END}`;
}

/** Runs a render with `placeEncoded` active; returns its result and the parts it placed. */
export function withPlacedParts<T>(render: () => T): { result: T; parts: Array<Encoded | string> } {
  const outer = placed;
  const parts: Array<Encoded | string> = [];
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
 * Parts and rendered strings (which may hold markers of `placed`) to one Buffer, its ETag
 * recorded in `knownEtags`. Strings are UTF-8-encoded straight into a shared slab (as Node
 * pools small Buffers): no length pass, no per-page allocation or copy. A page kept longer
 * (the page cache) is copied out of the slab by its keeper.
 */
export function encodePage(items: Array<Encoded | string>, placedParts: Array<Encoded | string> = []): Buffer {
  let max = 0;
  for (const p of items) max += typeof p === 'string' ? p.length * 3 : p.bytes.length;
  for (const p of placedParts) max += typeof p === 'string' ? p.length * 3 : p.bytes.length;
  if (SLAB_BYTES - slabUsed < max) {
    slab = Buffer.allocUnsafeSlow(Math.max(SLAB_BYTES, max));
    slabUsed = 0;
  }
  const start = slabUsed;
  let n = start;
  const putPart = (p: Encoded) => {
    n += p.bytes.copy(slab, n);
  };
  const putText = (s: string) => {
    if (s) n += slab.write(s, n);
  };
  for (const p of items) {
    if (typeof p !== 'string') {
      putPart(p);
      continue;
    }
    let i = placedParts.length ? p.indexOf(MARK) : -1;
    if (i < 0) {
      putText(p);
      continue;
    }
    let at = 0;
    while (i >= 0) {
      putText(p.slice(at, i));
      const end = p.indexOf(MARK_END, i + MARK.length);
      const part = placedParts[Number(p.slice(i + MARK.length, end))]!;
      if (typeof part === 'string') putText(part);
      else putPart(part);
      at = end + 1;
      i = p.indexOf(MARK, at);
    }
    putText(p.slice(at));
  }
  slabUsed = (n + 7) & ~7;
  const body = slab.subarray(start, n);
  knownEtags.set(body, etagOf(body));
  return body;
}
